package ro.dosar.contest.registration;

import org.springframework.http.HttpStatus;
import ro.dosar.contest.CandidateActionRefused;

/** An electronic application refused as a whole (closed window, unknown contest, too many). */
public class SubmissionRefusedException extends CandidateActionRefused {

  public SubmissionRefusedException(HttpStatus status, String title, String detail) {
    super(status, title, detail);
  }
}
