package ro.dosar.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import ro.dosar.web.DatabaseUnavailable;

/**
 * 401 and 403 as {@code application/problem+json}, in Romanian, like every other API error; 503
 * when the credentials could not be checked because the database is unreachable.
 */
final class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {
  }

  static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      if (e instanceof LoginThrottledException throttled) {
        throttled(response, throttled.retryAfterSeconds());
        return;
      }
      if (DatabaseUnavailable.causedBy(e)) {
        // The password could not be checked: the database is down, not the credentials wrong.
        response.setHeader(HttpHeaders.RETRY_AFTER,
            Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TITLE,
            DatabaseUnavailable.DETAIL);
        return;
      }
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Dosar\", charset=\"UTF-8\"");
      write(response, HttpStatus.UNAUTHORIZED, "Autentificare necesară",
          "Autentificați-vă cu utilizatorul și parola din Dosar (HTTP Basic).");
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Acces interzis",
        "Utilizatorul autentificat nu are dreptul să acceseze această resursă.");
  }

  /** 429 with {@code Retry-After}: the login must wait after failed attempts. */
  static void throttled(HttpServletResponse response, long retryAfterSeconds)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    write(response, HttpStatus.TOO_MANY_REQUESTS, "Prea multe încercări",
        ("Prea multe autentificări eșuate pentru acest utilizator sau de la această adresă. "
            + "Încercați din nou peste %d secunde; așteptarea crește cu fiecare nouă încercare "
            + "greșită și expiră de la sine.").formatted(retryAfterSeconds));
  }

  /** 403 for a state-changing request on the webapps' session without its CSRF token. */
  static void csrfRefused(HttpServletResponse response) throws IOException {
    write(response, HttpStatus.FORBIDDEN, "Cerere refuzată",
        "O cerere care modifică date, trimisă cu sesiunea din Tasklist, trebuie să poarte "
            + "tokenul CSRF al sesiunii (antetul X-XSRF-TOKEN); nu s-a efectuat nimic.");
  }

  /** 400 for a request the firewall refused (an encoded slash, {@code ..}, a control character). */
  static void rejected(HttpServletResponse response) throws IOException {
    write(response, HttpStatus.BAD_REQUEST, "Cerere invalidă",
        "Adresa cererii nu este acceptată: nu poate conține „..”, „%2F”, „;”, „//” sau caractere "
            + "de control.");
  }

  private static void write(HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    response.setStatus(status.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
