package ro.dosar.contest;

import org.springframework.http.HttpStatus;

/**
 * A candidate's own request (an online application, or through his follow-up token an online
 * contestation or a withdrawal) refused as a whole, nothing stored: 422 when the law does not allow it now (outside the
 * contestation window), 409 when it was already done or the contest is past it.
 */
public class CandidateActionRefused extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public CandidateActionRefused(HttpStatus status, String title, String detail) {
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
