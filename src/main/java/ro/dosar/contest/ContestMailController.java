package ro.dosar.contest;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.mail.MailOutbox;
import ro.dosar.mail.OutboxMail;

/**
 * {@code GET /api/contests/{id}/mails}: the contest's e-mails as the outbox holds them (QUEUED,
 * SENT, HELD), for HR, the secretary, the Rector and administrators: the proof that candidates
 * were told (§8.5.2(2) lit. b)) and what is still waiting for the SMTP server.
 */
@RestController
class ContestMailController {

  private final MailOutbox outbox;
  private final ContestRepository contests;
  private final ContestAccess access;

  ContestMailController(MailOutbox outbox, ContestRepository contests, ContestAccess access) {
    this.outbox = outbox;
    this.contests = contests;
    this.access = access;
  }

  @GetMapping("/api/contests/{id}/mails")
  ResponseEntity<?> mails(@PathVariable long id) {
    if (!access.canAct(id) || contests.find(id).isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
          "Concursul " + id + " nu există sau nu aveți dreptul să îi vedeți corespondența.");
      problem.setTitle("Concurs inexistent");
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
    List<OutboxMail> mails = outbox.ofContest(id);
    return ResponseEntity.ok(mails);
  }
}
