package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ro.dosar.support.DosarTest;

/**
 * Every endpoint of Dosar's own API ({@code /api/**}, enumerated from Spring MVC's handler
 * mapping) called over HTTP by a user who may use it, with hostile input in its path variables,
 * its query parameters and its JSON body: malformed JSON, wrong types, 100,000-character texts,
 * NUL and other control characters, SQL and script injection. Not one answer may be a 5xx.
 * Bounded: a fixed list of variants per endpoint (a few thousand requests in all).
 */
@DosarTest
class ApiFuzzTest {

  static final String HUGE = "x".repeat(100_000);
  static final List<String> TEXTS = List.of(HUGE, "a\u0000b", "\u001b[31m\u0007\u007f",
      "' OR '1'='1'; DROP TABLE contest; --", "<script>alert(1)</script>", "",
      "99999999999999999999999", "-1", "2026-02-30", "NaN", "1e999999999", "-1E-999999999");
  static final List<String> PATH_VALUES = List.of("1", "0", "-1", "99999999999999999999", "abc",
      "%00", "a%1Bb", "'%20OR%20'1'='1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(3000),
      "%C0%AE%C0%AE", "%");
  static final List<String> QUERY_VALUES = List.of("%00", "%1B%5B31m", "'%20OR%201=1--",
      "%3Cscript%3E", "x".repeat(3000), "-1", "99999999999999999999", "2026-13-45", "%",
      "");
  static final List<String> RAW_BODIES = List.of("{", "[]", "123", "\"text\"", "null",
      "{\"a\":", "{\"unknown\":{\"deep\":[1,2,{\"x\":null}]}}", "\u0000", "[" + "[".repeat(2000));

  /** Who calls a path: somebody the endpoint serves, so that the input is really read. */
  static final Map<String, String> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("/api/equality/complaints", "egalitate");
    CALLERS.put("/api/equality", "egalitate");
    CALLERS.put("/api/paygrade/cycles", "mf.unitate");
    CALLERS.put("/api/paygrade", "mf.politica");
    CALLERS.put("/api/staff", "hr");
    CALLERS.put("/api/discipline", "hr");
    CALLERS.put("/api/evaluation", "hr");
    CALLERS.put("/api/contests", "secretar");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  @LocalServerPort
  int port;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();
  final List<String> failures = new ArrayList<>();
  int requests;

  @Test
  void noHostileInputToAnyApiEndpoint_isAnswered5xx() {
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).as("the API's endpoints").hasSizeGreaterThan(40);
    long started = System.nanoTime();

    for (Endpoint endpoint : endpoints) {
      String caller = caller(endpoint.pattern());
      for (String value : PATH_VALUES) {
        if (endpoint.pattern().contains("{")) {
          call(caller, endpoint, path(endpoint.pattern(), value), endpoint.query("1"),
              endpoint.body(TEXTS.get(3)));
        }
      }
      if (!endpoint.parameters().isEmpty()) {
        for (String value : QUERY_VALUES) {
          call(caller, endpoint, path(endpoint.pattern(), "1"), endpoint.query(value),
              endpoint.body(TEXTS.get(4)));
        }
      }
      if (endpoint.hasBody()) {
        for (String raw : RAW_BODIES) {
          call(caller, endpoint, path(endpoint.pattern(), "1"), endpoint.query("1"), raw);
        }
        for (String text : TEXTS) {
          call(caller, endpoint, path(endpoint.pattern(), "1"), endpoint.query("1"),
              endpoint.body(text));
        }
        call(caller, endpoint, path(endpoint.pattern(), "1"), endpoint.query("1"),
            endpoint.wrongTypes());
        // The same hostile text to an administrator, who passes every role check.
        call("demo", endpoint, path(endpoint.pattern(), "1"), endpoint.query("1"),
            endpoint.body(TEXTS.get(1)));
      } else {
        call(caller, endpoint, path(endpoint.pattern(), "1"), endpoint.query("1"), null);
        call("demo", endpoint, path(endpoint.pattern(), "1"), endpoint.query("1"), null);
      }
    }

    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    System.out.printf("API fuzz: %d endpoints, %d requests, %d s, %d answers >= 500%n",
        endpoints.size(), requests, seconds, failures.size());
    assertThat(failures).as("answers >= 500 of %d requests", requests).isEmpty();
  }

  // ---- The endpoints ----------------------------------------------------------------------------

  record Endpoint(String method, String pattern, List<String> parameters, Type bodyType) {

    boolean hasBody() {
      return bodyType != null;
    }

    String query(String value) {
      StringBuilder query = new StringBuilder();
      for (String name : parameters) {
        query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
      }
      return query.toString();
    }

    String body(String text) {
      return bodyType == null ? null : write(sample(bodyType, text, 0));
    }

    String wrongTypes() {
      Object sample = sample(bodyType, "x", 0);
      if (sample instanceof Map<?, ?> fields) {
        Map<String, Object> wrong = new LinkedHashMap<>();
        fields.keySet().forEach(key -> wrong.put(key.toString(),
            Map.of("a", List.of(1, 2), "b", true)));
        return write(wrong);
      }
      return "{\"a\":[1,2]}";
    }
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry
        : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("ro.dosar")) {
        continue;
      }
      List<String> parameters = new ArrayList<>();
      Type body = null;
      for (MethodParameter parameter : handler.getMethodParameters()) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
          String name = !param.name().isEmpty() ? param.name() : param.value();
          parameters.add(name.isEmpty() ? parameter.getParameterName() : name);
        }
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
          body = parameter.getGenericParameterType();
        }
      }
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        TreeSet<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
          methods.add(RequestMethod.GET.name());
        }
        for (String method : methods) {
          endpoints.add(new Endpoint(method, pattern, parameters, body));
        }
      }
    }
    return endpoints;
  }

  private static String caller(String pattern) {
    return CALLERS.entrySet().stream().filter(e -> pattern.startsWith(e.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse("hr");
  }

  private static String path(String pattern, String value) {
    Matcher matcher = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /** A JSON value of the given type, every text in it being {@code text}. */
  static Object sample(Type type, String text, int depth) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
        : type instanceof Class<?> c ? c : Object.class;
    if (depth > 3) {
      return text;
    }
    if (List.class.isAssignableFrom(raw) || raw.isArray()) {
      Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0]
          : raw.isArray() ? raw.getComponentType() : String.class;
      return List.of(sample(element, text, depth + 1));
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1]
          : String.class;
      return Map.of("eduDepth", sample(value, text, depth + 1), text.length() > 200 ? "k"
          : text, sample(value, text, depth + 1));
    }
    if (raw.isRecord()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (RecordComponent component : raw.getRecordComponents()) {
        fields.put(component.getName(), sample(component.getGenericType(), text, depth + 1));
      }
      return fields;
    }
    if (raw == String.class || raw == Object.class || raw.getName().startsWith("com.fasterxml")) {
      return depth == 0 ? Map.of("text", text, "name", text, "id", text) : text;
    }
    return text; // numbers, booleans, dates, enums: a text where they expect their own type
  }

  // ---- Calling ----------------------------------------------------------------------------------

  private void call(String user, Endpoint endpoint, String path, String query, String body) {
    String url = "http://localhost:" + port + path + query;
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url));
    } catch (IllegalArgumentException notAUri) {
      return; // a path the HTTP client itself refuses to send ("%" alone)
    }
    request.timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json")
          .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
    }
    requests++;
    try {
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 500) {
        failures.add("%s %s %s as %s → %d %s".formatted(endpoint.method(), endpoint.pattern(),
            shorten(path + query + " " + body), user, response.statusCode(),
            shorten(response.body())));
      }
    } catch (IOException e) {
      failures.add("%s %s %s as %s → connection failed: %s".formatted(endpoint.method(),
          endpoint.pattern(), shorten(path + query), user, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String text) {
    String printable = String.valueOf(text).replaceAll("[\\p{Cntrl}]", "?");
    return printable.length() > 160 ? printable.substring(0, 160) + "…" : printable;
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
