package ro.dosar.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits every request to Dosar's own API ({@code /api/**}) keeps before any controller runs:
 * the path and each query parameter without control characters and of bounded length (400 naming
 * the parameter), and a body of at most {@link #MAX_BODY_BYTES} unless it is a multipart upload,
 * whose limits are {@code spring.servlet.multipart.*} (413). Both answers are Romanian
 * problem+json, like every other refusal of the API.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

  /** A JSON body: the largest legitimate one (a unit's proposal of many functions) is far below. */
  public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
  static final int MAX_PATH = 2000;
  /** A query parameter: ids, dates, years, codes; never a text of its own. */
  public static final int MAX_PARAMETER = 2000;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !(path.equals("/api") || path.startsWith("/api/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI();
    if (path.length() > MAX_PATH) {
      refuse(response, HttpStatus.BAD_REQUEST, "path",
          "Adresa cererii are cel mult " + MAX_PATH + " de caractere.");
      return;
    }
    String refusedParameter;
    try {
      if (RequestFields.hasControlCharacter(URLDecoder.decode(path.replace("+", "%2B"),
          StandardCharsets.UTF_8))) {
        refuse(response, HttpStatus.BAD_REQUEST, "path",
            "Adresa cererii conține caractere de control, care nu sunt acceptate.");
        return;
      }
      refusedParameter = refusedParameter(request.getQueryString());
    } catch (IllegalArgumentException e) {
      refuse(response, HttpStatus.BAD_REQUEST, "path",
          "Adresa cererii conține o codificare procentuală (%) invalidă.");
      return;
    }
    if (refusedParameter != null) {
      refuse(response, HttpStatus.BAD_REQUEST, refusedParameter, ("Parametrul „%s” are cel mult "
          + "%d de caractere și nu poate conține caractere de control (de exemplu NUL).")
          .formatted(refusedParameter, MAX_PARAMETER));
      return;
    }
    String contentType = request.getContentType();
    boolean multipart = contentType != null
        && contentType.toLowerCase().startsWith("multipart/");
    if (!multipart && request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "body", tooLarge());
      return;
    }
    chain.doFilter(multipart ? request : new LimitedBody(request), response);
  }

  /** The name of the first query parameter that is too long or holds a control character. */
  private static String refusedParameter(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
          StandardCharsets.UTF_8);
      String value = equals < 0 ? ""
          : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      if (name.length() > 200 || value.length() > MAX_PARAMETER
          || RequestFields.hasControlCharacter(name) || RequestFields.hasControlCharacter(value)) {
        return RequestFields.hasControlCharacter(name) || name.length() > 200 ? "query" : name;
      }
    }
    return null;
  }

  static String tooLarge() {
    return "Corpul cererii are cel mult " + (MAX_BODY_BYTES / 1024 / 1024) + " MB; documentele "
        + "se trimit ca fișiere (multipart), fiecare PDF de cel mult 1 MB.";
  }

  static void refuse(HttpServletResponse response, HttpStatus status, String field,
      String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", status == HttpStatus.BAD_REQUEST
        ? ApiExceptionHandler.INVALID_REQUEST.toString() : "about:blank");
    problem.put("title", status == HttpStatus.BAD_REQUEST ? "Cerere invalidă" : "Cerere prea mare");
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("field", field);
    response.setStatus(status.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }

  /** Thrown when a body without a declared length grows past the limit while it is read. */
  public static class BodyTooLargeException extends IOException {

    BodyTooLargeException() {
      super(tooLarge());
    }
  }

  /** A request whose body stops with {@link BodyTooLargeException} past the limit. */
  private static class LimitedBody extends HttpServletRequestWrapper {

    private ServletInputStream limited;

    LimitedBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream in = super.getInputStream();
        limited = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BODY_BYTES) {
              throw new BodyTooLargeException();
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return limited;
    }
  }

  @Configuration
  static class Registration {

    /** Before Spring Security: a refused request costs no password check. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter() {
      FilterRegistrationBean<RequestLimitsFilter> registration =
          new FilterRegistrationBean<>(new RequestLimitsFilter());
      registration.addUrlPatterns("/api/*", "/api");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
      return registration;
    }
  }
}
