package ro.dosar.contest.registration;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestAccess;
import ro.dosar.contest.ContestMails;
import ro.dosar.security.AsSystem;
import ro.dosar.web.Problems;

/**
 * The follow-up token of a file registered at the Registry (issue 18 item 5), for the Registry,
 * the secretary, HR or an administrator of the contest's institution:
 * <ul>
 *   <li>{@code GET /api/contests/{id}/candidates/{code}/follow-up-receipt}: the registration
 *       receipt with the token issued when the file was registered, shown this once (410
 *       afterwards: only the token's hash is kept);</li>
 *   <li>{@code POST /api/contests/{id}/candidates/{code}/follow-up-token}: a new token for a
 *       candidate who lost his (the earlier one stops working), shown once and e-mailed when the
 *       candidate gave an address.</li>
 * </ul>
 * Anybody else, another contest's file: 404.
 */
@RestController
@RequestMapping("/api/contests/{id}/candidates/{code}")
class FollowUpReceiptController {

  static final String PAGE = "/concursuri/dosarul-meu";

  private final FollowUpTokens tokens;
  private final CandidateRepository candidates;
  private final ContestAccess access;
  private final ContestMails mails;
  private final IdentityService identity;

  FollowUpReceiptController(FollowUpTokens tokens, CandidateRepository candidates,
      ContestAccess access, ContestMails mails, IdentityService identity) {
    this.identity = identity;
    this.tokens = tokens;
    this.candidates = candidates;
    this.access = access;
    this.mails = mails;
  }

  /** The receipt: the file's code, its contest and the candidate's token, shown once. */
  record Receipt(long code, String contest, String followUpToken, String page, String note) {
  }

  @GetMapping("/follow-up-receipt")
  @Transactional
  ResponseEntity<?> receipt(@PathVariable long id, @PathVariable long code) {
    if (!mine(id, code)) {
      return notFound(id, code);
    }
    return tokens.takeReceipt(code).<ResponseEntity<?>>map(token -> ResponseEntity.ok(
            receipt(id, code, token)))
        .orElseGet(() -> Problems.response(HttpStatus.GONE, "Cod de urmărire deja afișat",
            "Codul de urmărire al dosarului " + code + " a fost afișat o singură dată, la "
                + "înregistrare, și nu se mai poate citi (se păstrează doar amprenta lui). "
                + "Dacă candidatul l-a pierdut, emiteți unul nou: POST …/candidates/" + code
                + "/follow-up-token."));
  }

  @PostMapping("/follow-up-token")
  @Transactional
  ResponseEntity<?> reissue(@PathVariable long id, @PathVariable long code) {
    if (!mine(id, code)) {
      return notFound(id, code);
    }
    String token = tokens.issue(code);
    // The e-mail's delivery is the system's work, not the clerk's (no engine rights needed).
    AsSystem.run(identity, () -> mails.codeToSubmitter(code, token));
    return ResponseEntity.status(HttpStatus.CREATED).body(receipt(id, code, token));
  }

  private static Receipt receipt(long id, long code, String token) {
    return new Receipt(code, Contest.businessKey(id), token, PAGE, "Înmânați candidatului "
        + "codul de urmărire: cu el vede situația dosarului său pe pagina „Dosarul meu” ("
        + PAGE + "). Codul se afișează o singură dată; nu îl păstrați.");
  }

  private boolean mine(long id, long code) {
    return access.canRegister(id) && candidates.find(code)
        .map(candidate -> candidate.contestId() == id).orElse(false);
  }

  private static ResponseEntity<?> notFound(long id, long code) {
    return Problems.response(HttpStatus.NOT_FOUND, "Dosar inexistent", "Concursul " + id
        + " nu are dosarul " + code + " sau nu aveți dreptul să îl înregistrați.");
  }
}
