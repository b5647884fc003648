package ro.dosar.equality.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP as the complainant and the webapps use it: the follow-up token in a header, and a Cockpit
 * session (the webapps' own login, as a browser does it).
 */
final class ComplaintClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ComplaintClient() {
  }

  static HttpResponse<String> withToken(int port, String method, String path, String token,
      String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + path)).header("Content-Type", "application/json");
    if (token != null) {
      request.header("X-Complaint-Token", token);
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json));
    return send(HttpClient.newHttpClient(), request.build());
  }

  /** A logged-in Cockpit session of the user; null when Cockpit refuses the login. */
  static HttpClient cockpit(int port, String user, String password) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/camunda/app/cockpit/default/")).GET().build());
    // The webapps' CSRF protection: the token of the session, echoed in a header.
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() ->
        cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
            .findFirst().orElse(""));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = send(client, HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    return login.statusCode() == 200 ? client : null;
  }

  static HttpResponse<String> get(HttpClient client, int port, String path) {
    return send(client, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").GET().build());
  }

  static String json(Map<String, ?> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
