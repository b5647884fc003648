package ro.dosar.institution;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ro.dosar.web.Problems;

/** Another institution's record: 404 problem+json, as if it did not exist. */
@RestControllerAdvice(basePackages = "ro.dosar")
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstitutionScopeAdvice {

  @ExceptionHandler(OutsideInstitutionException.class)
  ResponseEntity<ProblemDetail> outside(OutsideInstitutionException e) {
    return Problems.response(HttpStatus.NOT_FOUND, "Înregistrare inexistentă", e.getMessage());
  }
}
