package ro.dosar.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ro.dosar.contest.documents.ContestMinutes;
import ro.dosar.contest.selection.AnonymousStage;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.published.RunningProcedures;

/**
 * The contests HR's dashboard shows: every contest of the institutions that has not reached an
 * end state, if the user may read it ({@link ContestAccess#canRead}, as {@code GET
 * /api/contests/{id}}), with its stage, the next step of the legal calendar not done yet, and the
 * documents {@code /api/contests/{id}/documents} would list him.
 */
@Component
class ContestOverview implements RunningProcedures {

  static final Map<String, String> STATUS = Map.ofEntries(
      Map.entry("PROPOSED", "Propunere în avizare"),
      Map.entry("APPROVED", "Propunere aprobată; metodologie și comisii"),
      Map.entry("COMMISSIONS_CONSTITUTED", "Comisii constituite; anunțul în pregătire"),
      Map.entry("PUBLISHED", "Anunț publicat; înscrieri"),
      Map.entry("SELECTION", "Selecția dosarelor"),
      Map.entry("SELECTION_CONTESTATIONS", "Contestații la selecția dosarelor"),
      Map.entry("SELECTION_COMPLETED", "Selecția dosarelor încheiată"),
      Map.entry("TESTS", "Probe în desfășurare"),
      Map.entry("FINAL_RESULTS", "Stabilirea rezultatelor finale"),
      Map.entry("FINAL_RESULTS_DISPLAYED", "Rezultate finale afișate"),
      Map.entry("PRESENTING", "Prezentarea la post"),
      Map.entry("SUSPENDED", "Suspendat (§8.5)"));

  private final JdbcClient jdbc;
  private final ContestRepository contests;
  private final ContestAccess access;
  private final ContestProgress progress;
  private final ContestDocuments documents;
  private final AnonymousStage anonymousStage;
  private final ro.dosar.calendar.WorkingDayCalendar calendar;

  ContestOverview(JdbcClient jdbc, ContestRepository contests, ContestAccess access,
      ContestProgress progress, ContestDocuments documents, AnonymousStage anonymousStage,
      ro.dosar.calendar.WorkingDayCalendar calendar) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.contests = contests;
    this.access = access;
    this.progress = progress;
    this.documents = documents;
    this.anonymousStage = anonymousStage;
  }

  @Override
  public List<RunningCase> running(Set<String> institutions) {
    if (institutions.isEmpty()) {
      return List.of();
    }
    List<Long> ids = jdbc.sql("SELECT id FROM contest WHERE institution_code IN (:codes) "
            + "ORDER BY id").param("codes", institutions).query(Long.class).list();
    List<RunningCase> running = new ArrayList<>();
    for (long id : ids) {
      Contest contest = contests.get(id);
      if (contest.status().terminal() || !access.canRead(id)) {
        continue;
      }
      running.add(overview(contest));
    }
    return running;
  }

  private RunningCase overview(Contest contest) {
    List<ContestProgress.StageState> stages = progress.stages(contest);
    String status = progress.status(contest, stages);
    String statusLabel = STATUS.getOrDefault(status, status);
    String stage = statusLabel;
    if (Set.of("SELECTION_CONTESTATIONS", "SELECTION_COMPLETED", "TESTS").contains(status)
        && !stages.isEmpty()) {
      stage = stages.get(stages.size() - 1).label();
    }
    Deadline next = nextDeadline(progress.calendar(contest), calendar.today());
    return new RunningCase("CONCURS", "Concurs de recrutare", contest.businessKey(),
        contest.postName(), contest.institutionCode(), status, statusLabel, stage, next,
        documentLinks(contest.id()));
  }

  /**
   * The next step of the legal calendar: the first one not done yet whose day in force is today
   * or later (a term that passed without an "actual" day, such as the submission deadline, was
   * closed by its timer).
   */
  static Deadline nextDeadline(List<ContestProgress.Step> calendar, java.time.LocalDate today) {
    return calendar.stream()
        .filter(step -> step.actual() == null && step.inForce() != null
            && !step.inForce().isBefore(today))
        .findFirst().map(step -> new Deadline(step.label(), step.inForce())).orElse(null);
  }

  /** The documents the user may open, as {@code GET /api/contests/{id}/documents} lists them. */
  private List<DocumentLink> documentLinks(long id) {
    boolean anonymous = anonymousStage.hidesCandidatesFromCurrentUser(id);
    boolean nominal = access.canReadNominal(id);
    List<DocumentLink> links = new ArrayList<>();
    for (ContestDocument document : documents.of(id)) {
      boolean isNominal = ContestMinutes.NOMINAL_SHEET.equals(document.kind());
      boolean names = isNominal || AnonymousStage.REGISTRATION_FORM.equals(document.kind());
      if ((anonymous && names) || (isNominal && !nominal)) {
        continue;
      }
      links.add(new DocumentLink(document.title(),
          "/api/contests/" + id + "/documents/" + document.id()));
    }
    return links;
  }
}
