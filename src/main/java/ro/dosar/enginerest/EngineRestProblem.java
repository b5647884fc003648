package ro.dosar.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the engine REST API answers a refusal: Camunda's own error shape ({@code type},
 * {@code message}, which Tasklist and Cockpit display) with the problem+json fields beside it
 * ({@code title}, {@code status}, {@code detail}); the message is Romanian and names nothing the
 * caller may not see.
 */
record EngineRestProblem(int status, String type, String title, String message) {

  static final String CONTENT_TYPE = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static EngineRestProblem forbidden(String message) {
    return new EngineRestProblem(403, "AuthorizationException", "Acces interzis", message);
  }

  static EngineRestProblem badRequest(String message) {
    return new EngineRestProblem(400, "InvalidRequestException", "Cerere invalidă", message);
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", message);
    return body;
  }

  void write(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType(CONTENT_TYPE);
    JSON.writeValue(response.getOutputStream(), body());
  }
}
