package ro.dosar.contest.contestation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestAccess;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestType;
import ro.dosar.security.AsSystem;
import ro.dosar.web.InvalidRequestException;

/**
 * {@code POST /api/contests/{id}/paper-consultations} {@code {"code": 1005}}: a candidate asked
 * to consult his own written paper (§8.5C(13), CON-13). Only after it was corrected and scored;
 * it becomes a task for the contest's secretary (process {@code paperConsultation}), who is
 * present while he reads it. HR, the secretary, the Rector register the request; 409 before the
 * paper is scored, 400 for a code that is not this contest's.
 */
@RestController
class PaperConsultationController {

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestAccess access;
  private final RuntimeService runtime;
  private final IdentityService identity;

  PaperConsultationController(ContestRepository contests, CandidateRepository candidates,
      TestRepository tests, ContestAccess access, RuntimeService runtime,
      IdentityService identity) {
    this.contests = contests;
    this.candidates = candidates;
    this.tests = tests;
    this.access = access;
    this.runtime = runtime;
    this.identity = identity;
  }

  @PostMapping("/api/contests/{id}/paper-consultations")
  ResponseEntity<?> request(@PathVariable long id, @RequestBody Map<String, Object> body) {
    if (!access.canAct(id) || contests.find(id).isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "Concurs inexistent",
          "Concursul " + id + " nu există sau nu aveți dreptul să îi înregistrați cereri.");
    }
    if (!(body.get("code") instanceof Number number)) {
      throw new InvalidRequestException("code", "Indicați codul candidatului („code”).");
    }
    long code = number.longValue();
    if (candidates.find(code).filter(c -> c.contestId() == id).isEmpty()) {
      throw new InvalidRequestException("code", "Codul " + code
          + " nu este al unui candidat din acest concurs.");
    }
    Optional<ContestTest> written = tests.testsOf(id).stream()
        .filter(test -> TestType.WRITTEN.name().equals(test.testType())).findFirst();
    Optional<Paper> paper = written.flatMap(test -> tests.paperOf(test.id(), code));
    if (paper.isEmpty() || paper.get().displayScore() == null) {
      return problem(HttpStatus.CONFLICT, "Lucrare necorectată", "Candidatul cu codul " + code
          + " poate consulta lucrarea scrisă numai după ce a fost corectată și notată "
          + "(§8.5C(13)).");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("contestId", id);
    variables.put("candidateCode", code);
    variables.put("paperNumber", paper.get().paperNumber());
    variables.put("paperScore", paper.get().displayScore().toPlainString());
    variables.put("secretary", contests.commissionMembers(id, "SECRETARY").get(0));
    // Dosar checked who may register it; the engine starts it for the institution.
    AsSystem.run(identity, () -> runtime.startProcessInstanceByKey(PaperConsultationProcess.KEY,
        Contest.businessKey(id), variables));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", code,
        "task", "Consultarea lucrării scrise: candidatul cu codul " + code));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title,
      String detail) {
    return ro.dosar.web.Problems.response(status, title, detail);
  }
}
