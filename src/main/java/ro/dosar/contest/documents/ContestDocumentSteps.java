package ro.dosar.contest.documents;

import ro.dosar.tasklist.FormDates;
import static ro.dosar.contest.documents.ContestDocumentModels.day;
import static ro.dosar.contest.documents.ContestDocumentModels.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestType;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.documents.DocumentGeneration;

/**
 * The contest's acts, each filled from its own records at the step that produces it (spec §17):
 * the proposal, the announcement (Annex 2) at publication, the commission decisions (Annex 4)
 * when they are signed, a candidate's registration form, a commission's modification decision,
 * the final report. The minutes are {@link ContestMinutes}. Candidates appear by their numeric
 * code only; commission members by name.
 */
@Component
public class ContestDocumentSteps {

  private final ContestDocuments documents;
  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestationRepository contestations;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final ContestDocumentModels models;
  private final DocumentGeneration generation;

  public ContestDocumentSteps(ContestDocuments documents, ContestRepository contests,
      CandidateRepository candidates, TestRepository tests, ContestationRepository contestations,
      RuntimeService runtime, WorkingDayCalendar calendar, ContestDocumentModels models,
      DocumentGeneration generation) {
    this.generation = generation;
    this.documents = documents;
    this.contests = contests;
    this.candidates = candidates;
    this.tests = tests;
    this.contestations = contestations;
    this.runtime = runtime;
    this.calendar = calendar;
    this.models = models;
  }

  /** Annex 2, from the announcement as published. */
  public void announcement(long contestId) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    Map<String, Object> variables = runtime.getVariables(contest.processInstanceId());
    model.put("v", variables);
    model.put("publishedOn", day(contest.publicationDate()));
    Map<String, String> timeline = new HashMap<>();
    timeline.put("submissionDeadline", day(contest.submissionDeadline()));
    timeline.put("selectionDeadline", day(contest.selectionDeadline()));
    timeline.put("selectionResultsDisplay", day(contest.selectionResultsDisplay()));
    timeline.put("selectionContestationDeadline", day(contest.selectionContestationDeadline()));
    timeline.put("selectionContestationResolution",
        day(contest.selectionContestationResolution()));
    model.put("timeline", timeline);
    model.put("firstTestLabel", Boolean.TRUE.equals(variables.get("writtenTest"))
        ? "Proba scrisă" : "Proba practică");
    model.put("firstTestDate", day(FormDates.localDate(variables.get("firstTestDate"))));
    model.put("interviewDate", day(FormDates.localDate(variables.get("interviewDate"))));
    documents.generate(contestId, "anunt", "Anunțul concursului (Anexa 2)", model);
  }

  /** Annex 4: both commissions and their secretary, as signed. */
  public void commissionDecisions(long contestId) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    model.put("signedOn", day(contest.commissionsSignedOn()));
    documents.generate(contestId, "decizii-comisii",
        "Decizia de constituire a comisiilor (Anexa 4)", model);
  }

  /**
   * The draft of Annex 4 that the legal adviser endorses and the Rector signs: the commissions as
   * HR composed them (names, not user ids), not yet signed.
   */
  public void commissionDecisionsDraft(long contestId) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    Map<String, Object> variables = runtime.getVariables(contest.processInstanceId());
    for (String prefix : List.of("cc", "csc")) {
      List<String> names = new ArrayList<>();
      for (String key : List.of(prefix + "President", prefix + "Member1", prefix + "Member2",
          prefix + "Member3", prefix + "Member4")) {
        Object userId = variables.get(key);
        if (userId != null && !userId.toString().isBlank()) {
          names.add(models.name(userId.toString()));
        }
      }
      model.put(prefix, names);
    }
    Object secretary = variables.get("secretary");
    model.put("secretary", secretary == null ? "—" : models.name(secretary.toString()));
    model.put("signedOn", "__________");
    model.put("draft", true);
    documents.generate(contestId, "decizii-comisii-proiect",
        "Proiectul deciziei de constituire a comisiilor (Anexa 4), nesemnat", model);
  }

  /** The selection minutes (§8.2.1(3)): every file by code, admitted or rejected and why. */
  public void proposal(long contestId) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    Map<String, Object> variables = runtime.getVariables(contest.processInstanceId());
    model.put("v", variables);
    Object proposedBy = variables.get("proposedBy");
    model.put("proposedBy", proposedBy == null ? "—" : models.name(proposedBy.toString()));
    List<String> testsHeld = new ArrayList<>(List.of("selecția dosarelor"));
    if (Boolean.TRUE.equals(variables.get("writtenTest"))) {
      testsHeld.add("proba scrisă");
    }
    if (Boolean.TRUE.equals(variables.get("practicalTest"))) {
      testsHeld.add("proba practică");
    }
    testsHeld.add("interviul");
    model.put("tests", String.join(", ", testsHeld));
    documents.generate(contestId, "propunere", "Propunerea de scoatere la concurs (Anexa 1)",
        model);
  }

  /**
   * Asks for a document of this class by its own asynchronous job ({@link DocumentGeneration}):
   * a PDF failure never fails the user's step or request; it becomes an incident in Cockpit.
   */
  public void request(long contestId, String method, Object... arguments) {
    generation.later(Contest.businessKey(contestId), "contestDocumentSteps", method, arguments);
  }

  /** Annex 3: a candidate's registration form, with his documents and declarations. */
  public void registrationForm(long code) {
    Candidate candidate = candidates.find(code).orElseThrow();
    Contest contest = contests.get(candidate.contestId());
    Map<String, Object> model = models.base(contest);
    model.put("candidate", candidate);
    model.put("submittedAt", candidate.submittedAt().format(DisplayDates.DAY_TIME));
    model.put("channel", switch (candidate.channel()) {
      case "EMAIL" -> "e-mail";
      case "PLATFORM" -> "platforma electronică";
      default -> "Registratură";
    });
    model.put("documents", candidates.documents(code).stream().map(FileDocument::label)
        .toList());
    documents.generate(contest.id(), "cerere-inscriere", "Cererea de înscriere (Anexa 3): "
        + "dosarul " + code, model);
  }

  /**
   * The final report (Annex 5d, §8.5C(11)): the course of the contest in figures, followed by
   * the final-results minutes and every individual score sheet.
   */
  public void finalReport(long contestId) {
    // The final minutes are attached: until their own job has stored them, this one fails and
    // is retried (an incident if they never come), never a report without them.
    if (documents.of(contestId).stream().noneMatch(d -> "pv-rezultate-finale".equals(d.kind()))) {
      throw new IllegalStateException("The final-results minutes of contest " + contestId
          + " are not generated yet: the final report attaches them");
    }
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    List<Candidate> all = candidates.ofContest(contestId);
    model.put("registered", all.size());
    model.put("admittedAtSelection", all.stream()
        .filter(c -> "ADMIS".equals(c.selectionStatus())).count());
    model.put("tests", tests.displayedTests(contestId).stream().map(test -> row(
        "label", TestType.valueOf(test.testType()).label(), "day", day(test.testDate()),
        "passed", tests.papers(test.id()).stream().filter(p -> "ADMIS".equals(p.status()))
            .count(),
        "present", tests.papers(test.id()).stream().filter(p -> p.displayScore() != null)
            .count())).toList());
    List<FinalResult> results = candidates.finalResults(contestId);
    model.put("winners", results.stream().filter(r -> "ADMIS".equals(r.finalStatus()))
        .map(FinalResult::code).toList());
    model.put("contestations", contestations.count(contestId));
    // The final minutes, then every score sheet (§8.5C(11)). The nominal summary sheet stays a
    // document of its own: it names the candidates, and the report reaches every reader of the
    // contest, the commission of an anonymous contest too.
    List<String> attached = List.of("pv-rezultate-finale", "fise-individuale");
    List<Long> attachments = documents.of(contestId).stream()
        .filter(d -> attached.contains(d.kind()))
        .sorted(Comparator.comparingInt((ro.dosar.documents.ContestDocument d) ->
            attached.indexOf(d.kind())).thenComparingLong(ro.dosar.documents.ContestDocument::id))
        .map(ro.dosar.documents.ContestDocument::id).toList();
    documents.generateWithAttachments(contestId, "raport-final",
        "Raportul final al concursului (Anexa 5d), cu fișele de evaluare", model, attachments);
  }

  /** A modification decision (§8.5.3(1)): who leaves, who comes, the new composition. */
  public void modificationDecision(long contestId, String commission, String outgoing,
      String incoming, String number, String reason) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    model.put("commission", "CC".equals(commission) ? "comisiei de concurs"
        : "comisiei de soluționare a contestațiilor");
    model.put("number", number);
    model.put("day", day(calendar.today()));
    model.put("outgoing", models.name(outgoing));
    model.put("incoming", models.name(incoming));
    model.put("reason", reason);
    model.put("members", contests.validMembers(contestId, commission).stream()
        .map(models::name).toList());
    documents.generate(contestId, "decizie-modificare", "Decizia nr. " + number
        + " de modificare a comisiei", model);
  }
}
