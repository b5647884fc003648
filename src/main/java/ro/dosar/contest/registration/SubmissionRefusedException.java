package ro.dosar.contest.registration;

import org.springframework.http.HttpStatus;

/** An electronic application refused as a whole (closed window, unknown contest, too many). */
public class SubmissionRefusedException extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public SubmissionRefusedException(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
