package ro.dosar.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The Camunda webapps' login, as the login page sends it: session and CSRF cookies, a form. */
final class Webapp {

  private Webapp() {
  }

  /** A fresh page visit: its cookies and the CSRF token to echo. */
  record Visit(String cookies, String csrf) {

    Wire on(Wire wire) {
      return wire.header("Cookie", cookies).header("X-XSRF-TOKEN", csrf);
    }
  }

  static Visit visit(Wire wire) {
    Wire.Answer page = wire.get("/camunda/app/tasklist/default/");
    return visitOf(page.setCookies());
  }

  static Visit visitOf(List<String> setCookies) {
    String cookies = setCookies.stream().map(c -> c.split(";")[0])
        .collect(Collectors.joining("; "));
    String csrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length())).findFirst().orElse("");
    return new Visit(cookies, csrf);
  }

  /** POST of the login form to Tasklist; the answer carries the session's cookies. */
  static Wire.Answer login(Wire wire, String user, String password) {
    Visit visit = visit(wire);
    return visit.on(wire).form("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8));
  }

  /** A logged-in session: cookies and CSRF token for the webapps' API. */
  static Visit session(Wire wire, String user, String password) {
    Visit visit = visit(wire);
    Wire.Answer login = visit.on(wire).form(
        "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8));
    if (login.status() != 200) {
      throw new IllegalStateException("Login refused: " + login.status() + " " + login.body());
    }
    List<String> cookies = new java.util.ArrayList<>(login.setCookies());
    // Cookies the login did not renew stay those of the visit.
    String renewed = cookies.stream().map(c -> c.split("=")[0]).collect(Collectors.joining(","));
    for (String cookie : visit.cookies().split("; ")) {
      if (!cookie.isEmpty() && !renewed.contains(cookie.split("=")[0])) {
        cookies.add(cookie);
      }
    }
    Visit session = visitOf(cookies);
    return new Visit(session.cookies(), session.csrf().isEmpty() ? visit.csrf() : session.csrf());
  }
}
