package ro.dosar.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer of a request that failed before any controller could answer it (a path the servlet
 * container refuses, an error in a filter): Romanian {@code application/problem+json} for API
 * clients, the usual error page for browsers. Nothing of the failure is shown, only its status.
 * A failure caused by an unreachable database ({@link DatabaseUnavailable}) is a 503 with
 * {@code Retry-After}, never a 500.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends BasicErrorController {

  public ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      List<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, server.getError(), errorViewResolvers);
  }

  @Override
  @RequestMapping
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    boolean databaseDown = databaseUnavailable(request);
    RomanianStatus text = databaseDown
        ? new RomanianStatus(DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL)
        : RomanianStatus.of(status.value());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text.detail());
    problem.setTitle(text.title());
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path instanceof String uri && uri.length() <= 200
        && !RequestFields.hasControlCharacter(uri)) {
      problem.setProperty("path", uri);
    }
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (databaseDown) {
      answer.header(HttpHeaders.RETRY_AFTER,
          Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
    return answer.body(body);
  }

  /** A browser's error page: 503 with {@code Retry-After} too when the database is down. */
  @Override
  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (databaseUnavailable(request)) {
      response.setHeader(HttpHeaders.RETRY_AFTER,
          Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
    return super.errorHtml(request, response);
  }

  /** 503 for a failure caused by an unreachable database, whatever status it was given. */
  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    return databaseUnavailable(request) ? HttpStatus.SERVICE_UNAVAILABLE
        : super.getStatus(request);
  }

  private static boolean databaseUnavailable(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
        && DatabaseUnavailable.causedBy(failure);
  }
}
