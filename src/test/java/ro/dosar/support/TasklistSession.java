package ro.dosar.support;

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

/**
 * Tasklist's own REST API ({@code /camunda/api/engine/engine/default/…}) as the browser calls it:
 * a session from Tasklist's login, the CSRF token of the session echoed in a header.
 */
public final class TasklistSession {

  public static final String API = "/camunda/api/engine/engine/default";

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private TasklistSession(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public static TasklistSession login(int port, String user) {
    TasklistSession session = new TasklistSession(port);
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new AssertionError("Tasklist login of " + user + ": " + login.statusCode());
    }
    // The login starts a new session: its CSRF token comes with the next page, as in a browser.
    session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
    return session;
  }

  public HttpResponse<String> json(String method, String path, String body) {
    return send(HttpRequest.newBuilder(uri(API + path)).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST with a JSON body, answered as {@code accept} (Tasklist asks for a filter's page as HAL). */
  public HttpResponse<String> post(String path, String body, String accept) {
    return send(HttpRequest.newBuilder(uri(API + path)).header("Content-Type", "application/json")
        .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(API + path)).header("Accept", "application/json")
        .GET());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    String csrf = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().orElse("");
    try {
      return client.send(request.header("X-XSRF-TOKEN", csrf).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
