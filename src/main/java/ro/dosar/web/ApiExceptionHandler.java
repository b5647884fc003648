package ro.dosar.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ro.dosar.domain.InvalidInputException;

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

  /** Bad input, found by a controller or by the rules it called. */
  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalidRequest(InvalidInputException e) {
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

  /**
   * A body that is not JSON, or whose field has the wrong type, or a text refused by
   * {@link RequestJson}: 400 naming the field by its JSON path. A body past the size limit: 413.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestLimitsFilter.BodyTooLargeException) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(tooLarge(RequestLimitsFilter.tooLarge()));
      }
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      String message = mapping instanceof RequestJson.RefusedText
          ? "Câmpul „%s” are %s.".formatted(field, mapping.getOriginalMessage())
          : "Câmpul „%s” nu are tipul așteptat (text, număr, listă sau obiect, după caz)."
              .formatted(field);
      return ResponseEntity.badRequest().body(invalidField(field, message));
    }
    ProblemDetail problem = invalidField("body",
        "Corpul cererii lipsește sau nu este un JSON valid pentru această operație.");
    return ResponseEntity.badRequest().body(problem);
  }

  /** {@code functions[0].form.eduDepth}: the JSON path of a field, as the endpoints name it. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(RequestFields.hasControlCharacter(reference.getFieldName())
            || reference.getFieldName().length() > 100 ? "?" : reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static ProblemDetail tooLarge(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    problem.setTitle("Cerere prea mare");
    return problem;
  }

  /** A record that already exists (a unique key): 409, never the database's own words. */
  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    log.info("Refused as a duplicate: {}", e.getMostSpecificCause().getMessage());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Înregistrarea există deja: aceeași operație a fost făcută o dată. Citiți starea "
            + "actuală înainte de a o repeta.");
    problem.setTitle("Înregistrare existentă");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /**
   * A value the records cannot hold (too long, missing, against a rule of the table) that no
   * check of the endpoint caught: 400, without the database's words.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    log.info("Refused by the database: {}", e.getMostSpecificCause().getMessage());
    ProblemDetail problem = invalidField("body", "Datele trimise nu pot fi înregistrate: o "
        + "valoare este prea lungă, lipsește sau nu este permisă. Verificați câmpurile și "
        + "trimiteți din nou.");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Tipul de conținut %s nu este acceptat aici; trimiteți %s.".formatted(
            e.getContentType() == null ? "(lipsă)" : "„" + e.getContentType() + "”",
            e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().get(0).toString()));
    problem.setTitle("Tip de conținut neacceptat");
    HttpHeaders answer = new HttpHeaders();
    if (!e.getSupportedMediaTypes().isEmpty()) {
      answer.setAccept(e.getSupportedMediaTypes());
    }
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(answer).body(problem);
  }

  /**
   * Every other refusal Spring MVC makes on its own (404 of an unknown path, 406, a missing path
   * variable, …): the same status, a Romanian title and text.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body,
      HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem && !INVALID_REQUEST.equals(problem.getType())) {
      RomanianStatus text = RomanianStatus.of(statusCode.value());
      problem.setTitle(text.title());
      problem.setDetail(text.detail());
      if (statusCode.is5xxServerError()) {
        log.error("Unexpected error in the web layer", e);
      }
    }
    return super.handleExceptionInternal(e, body, headers, statusCode, request);
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
    if (DatabaseUnavailable.causedBy(e)) {
      log.warn("Database unreachable, answered 503: {}", e.toString());
      return DatabaseUnavailable.response();
    }
    // A refusal wrapped by the process engine (a step that wrote a record) is still a refusal.
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof DuplicateKeyException duplicate) {
        return duplicate(duplicate);
      }
      if (cause instanceof DataIntegrityViolationException integrity) {
        return integrity(integrity);
      }
      if (cause instanceof InvalidInputException invalid) {
        return invalidRequest(invalid);
      }
    }
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
