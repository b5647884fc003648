package ro.dosar.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The one way a controller answers a refusal: application/problem+json, Romanian title. */
public final class Problems {

  private Problems() {
  }

  public static ResponseEntity<ProblemDetail> response(HttpStatus status, String title,
      String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }

  /** 404 for a document the user may not see, worded as if it did not exist. */
  public static ResponseEntity<ProblemDetail> documentNotFound() {
    return response(HttpStatus.NOT_FOUND, "Document inexistent",
        "Documentul nu există sau nu aveți dreptul să îl vedeți.");
  }
}
