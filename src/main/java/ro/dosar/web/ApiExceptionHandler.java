package ro.dosar.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One place that turns every failure of the application's own REST API ({@code /api/**}) into
 * {@code application/problem+json} with a Romanian message. Never a stack trace: an unexpected
 * error is logged with an id, and the client gets only that id.
 */
@RestControllerAdvice(basePackages = "ro.dosar")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  static final URI INVALID_REQUEST = URI.create("urn:dosar:problem:invalid-request");

  /** A 400 answer for one field, in the shape every endpoint uses. */
  public static ProblemDetail invalidField(String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Cerere invalidă");
    problem.setProperty("field", field);
    return problem;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
    return ResponseEntity.badRequest().body(invalidField(e.getField(), e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = "Valoarea „%s” nu este validă pentru parametrul „%s”."
        .formatted(e.getValue(), e.getName());
    return ResponseEntity.badRequest().body(invalidField(e.getName(), message));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "Fișierele trimise depășesc limita: fiecare document PDF are cel mult 1 MB (§8.1.4(7)), "
            + "iar întreaga cerere cel mult 16 MB.");
    problem.setTitle("Cerere prea mare");
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    String message = "Parametrul „%s” este obligatoriu.".formatted(e.getParameterName());
    return ResponseEntity.badRequest().body(invalidField(e.getParameterName(), message));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = invalidField("body",
        "Corpul cererii lipsește sau nu este un JSON valid pentru această operație.");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> violations = e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(),
            "message", String.valueOf(error.getDefaultMessage())))
        .toList();
    String first = violations.isEmpty() ? "body" : violations.get(0).get("field");
    ProblemDetail problem = invalidField(first, violations.isEmpty()
        ? "Cererea nu este validă." : violations.get(0).get("message"));
    problem.setProperty("violations", violations);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
        "Metoda HTTP %s nu este acceptată aici.".formatted(e.getMethod()));
    problem.setTitle("Metodă neacceptată");
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    String incident = UUID.randomUUID().toString();
    log.error("Unexpected error, incident {}", incident, e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "A apărut o eroare neașteptată. Comunicați administratorului codul incidentului: "
            + incident + ".");
    problem.setTitle("Eroare internă");
    problem.setProperty("incident", incident);
    return ResponseEntity.internalServerError().body(problem);
  }
}
