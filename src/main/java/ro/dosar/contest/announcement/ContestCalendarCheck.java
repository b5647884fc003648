package ro.dosar.contest.announcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.contest.TestType;
import ro.dosar.contest.VacancyType;

/**
 * The whole calendar an HR officer intends to publish, checked against every rule of the contest
 * timeline at once (spec §8 steps 4–25, §6.1, §12 INT-05, OQ-01, OQ-02, OQ-30): each broken rule
 * is reported, not only the first. The REST API ({@code POST /api/contests/calendar}), the public
 * checker page and the contest's own announcement step use this class, so that a calendar accepted
 * by one is accepted by the others.
 *
 * <p>Counting as everywhere in the contest (spec §0.3): {@code addWD(d, n)} is the n-th working
 * day after d on the Romanian calendar; "at least N working days before" follows {@code
 * dosar.contest.lead-time-counting}.
 */
@Service
public class ContestCalendarCheck {

  /** Results are displayed within 1 WD of the end of the test (§8.3(16)). */
  static final int DISPLAY_WORKING_DAYS = 1;
  /** Contestations within 1 WD of the display (§8.5C(1)). */
  static final int CONTESTATION_WORKING_DAYS = 1;
  /** The contestation commission decides within 1 WD (§8.5C(2),(4)). */
  static final int RESOLUTION_WORKING_DAYS = 1;
  /** The interview at most 4 WD after the written and/or practical test (§8.2.4(5)). */
  static final int INTERVIEW_WORKING_DAYS = 4;
  /** Final results within 1 WD of the display of the last test's contestation results (§8.5C(8)). */
  static final int FINAL_RESULTS_WORKING_DAYS = 1;


  private final ContestTimelineService timelines;

  public ContestCalendarCheck(ContestTimelineService timelines) {
    this.timelines = Objects.requireNonNull(timelines, "timelines");
  }

  /** How "at least N working days before" is counted ({@code dosar.contest.lead-time-counting}). */
  public LeadTimeCounting counting() {
    return timelines.counting();
  }

  /** The hour at which a deadline day closes, unless the announcement states another. */
  public LocalTime closingTime() {
    return timelines.closingTime();
  }

  /** A test of the calendar: its kind, day and (optional) hour. */
  public record PlannedTest(TestType type, LocalDate date, LocalTime time) {
    public PlannedTest {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(date, "date");
    }
  }

  /** The file-submission window as announced; every part optional. */
  public record Submission(LocalDate from, LocalDate to, LocalTime closingTime) {
  }

  /**
   * The calendar to check. Only {@code vacancyType}, {@code publicationDate} and one test are
   * required.
   *
   * @param tests in any order; at most one of each kind
   * @param testFields the request field of each test's date, for the answer ({@code
   *     tests[0].date}, {@code firstTestDate})
   */
  public record Proposal(VacancyType vacancyType, LocalDate publicationDate, Submission submission,
      LocalDate selectionDate, LocalDate selectionResultsDate, List<PlannedTest> tests,
      List<String> testFields, LocalDate finalResultsDate) {
    public Proposal {
      Objects.requireNonNull(vacancyType, "vacancyType");
      Objects.requireNonNull(publicationDate, "publicationDate");
      tests = List.copyOf(tests);
      testFields = List.copyOf(testFields);
      if (tests.isEmpty() || tests.size() != testFields.size()) {
        throw new IllegalArgumentException("one test at least, each with its field");
      }
    }
  }

  /**
   * One rule the calendar breaks.
   *
   * @param rule the rule's code in the spec ({@code PUB-01}, {@code SUB-01}, …)
   * @param field the request field at fault ({@code submission.to}, {@code tests[1].date})
   * @param message what is wrong, in Romanian, citing the paragraph
   * @param earliest the first lawful date for the field, ISO, when there is one
   * @param latest the last lawful date for the field, ISO, when there is one
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CalendarViolation(String rule, String field, String message, String earliest,
      String latest) {
  }

  /** The legal dates of one test: when its results, contestations and their resolution are due. */
  public record TestDeadlines(String type, String date, String time, String resultsDisplayDeadline,
      String contestationDeadline, String contestationResolutionDeadline) {
  }

  /**
   * The answer: the legal calendar that follows from the publication date (and from the dates
   * given, where a later term counts from them), what the calendar breaks and what it keeps only
   * under the looser counting.
   */
  public record Result(ContestTimeline timeline, List<TestDeadlines> tests,
      String latestInterviewDate, String earliestFinalResultsDate,
      String latestFinalResultsDate, List<CalendarViolation> violations,
      List<CalendarViolation> warnings) {

    public boolean lawful() {
      return violations.isEmpty();
    }
  }

  /** Checks the calendar; never throws for unlawful dates. */
  public Result check(Proposal proposal) {
    List<PlannedTest> tests = new ArrayList<>(proposal.tests());
    List<String> fields = new ArrayList<>(proposal.testFields());
    List<CalendarViolation> violations = new ArrayList<>();
    List<CalendarViolation> warnings = new ArrayList<>();

    // The first test after file selection (spec §6.1 [Interpretation]): the written or the
    // practical one; an interview only when nothing else is held.
    int firstIndex = firstTestIndex(tests);
    PlannedTest first = tests.get(firstIndex);
    String firstField = fields.get(firstIndex);
    ContestTimeline timeline = timelines.plan(proposal.vacancyType(), proposal.publicationDate(),
        first.date());
    for (TimelineViolation v : timeline.violations()) {
      if (v.rule().equals(TimelineViolation.SELECTION_BEFORE_TEST)
          && proposal.selectionResultsDate() != null) {
        continue; // checked below from the display actually planned
      }
      violations.add(new CalendarViolation(v.rule(), firstField, v.message(),
          v.rule().equals(TimelineViolation.PUBLICATION_LEAD)
              ? timeline.earliestFirstTestDate().toString() : null, null));
    }
    timeline.warnings().forEach(w -> warnings.add(
        new CalendarViolation(w.rule(), firstField, w.message(), null, null)));

    checkSubmission(proposal, timeline, violations);
    checkSelection(proposal, timeline, first, firstField, violations);
    List<TestDeadlines> deadlines = checkTests(tests, fields, violations);
    LocalDate latestInterview = latestInterview(tests);
    String[] finalWindow = checkFinalResults(proposal, tests, violations);

    return new Result(timeline, deadlines,
        latestInterview == null ? null : latestInterview.toString(), finalWindow[0],
        finalWindow[1], List.copyOf(violations), List.copyOf(warnings));
  }

  // ---- Submission (§8.2.1(1), §8.1.4(8)) --------------------------------------------------------

  private void checkSubmission(Proposal proposal, ContestTimeline timeline,
      List<CalendarViolation> violations) {
    Submission submission = proposal.submission();
    if (submission == null) {
      return;
    }
    LocalDate publication = proposal.publicationDate();
    LocalDate deadline = timeline.submissionDeadline();
    if (submission.from() != null && !submission.from().equals(publication)) {
      String what = submission.from().isAfter(publication)
          ? "se deschide după publicarea anunțului, ceea ce scurtează termenul candidaților"
          : "se deschide înainte de publicarea anunțului";
      violations.add(new CalendarViolation("SUB-01", "submission.from",
          ("Depunerea dosarelor începe la %s și %s: termenul de depunere curge de la data afișării "
              + "anunțului, %s (PO.UVT-DRU-01, subcap. 8.2.1 alin. (1)).")
              .formatted(day(submission.from()), what, day(publication)),
          publication.toString(), publication.toString()));
    }
    if (submission.to() != null && !submission.to().equals(deadline)) {
      int days = timelines.deadlines(proposal.vacancyType()).submissionWorkingDays();
      String what = submission.to().isBefore(deadline)
          ? "înainte de împlinirea termenului legal, ceea ce îi lipsește pe candidați de zile de "
              + "depunere (ziua publicării nu se numără)"
          : "după împlinirea termenului legal: dosarele depuse după această dată se resping";
      violations.add(new CalendarViolation("SUB-02", "submission.to",
          ("Depunerea dosarelor se încheie la %s, %s. Termenul este de %d zile lucrătoare de la "
              + "afișarea anunțului (%s), adică până la %s inclusiv (PO.UVT-DRU-01, subcap. "
              + "8.2.1 alin. (1)).").formatted(day(submission.to()), what, days,
              day(publication), day(deadline)),
          deadline.toString(), deadline.toString()));
    }
  }

  // ---- Selection (§8.2.1(2)–(4), §8.5C(1)–(2)) ----------------------------------------------------

  private void checkSelection(Proposal proposal, ContestTimeline timeline, PlannedTest first,
      String firstField, List<CalendarViolation> violations) {
    LocalDate submissionEnd = timeline.submissionDeadline();
    LocalDate selection = proposal.selectionDate();
    if (selection != null && (selection.isBefore(submissionEnd)
        || selection.isAfter(timeline.selectionDeadline()))) {
      violations.add(new CalendarViolation("SEL-02", "selectionDate",
          ("Selecția dosarelor la %s este în afara termenului: comisia selectează dosarele după "
              + "încheierea depunerii (%s) și în cel mult %s de la aceasta, adică până la %s "
              + "(PO.UVT-DRU-01, subcap. 8.2.1 alin. (2)).").formatted(day(selection),
              day(submissionEnd), workingDaysText(
                  timelines.deadlines(proposal.vacancyType()).selectionWorkingDays()),
              day(timeline.selectionDeadline())),
          submissionEnd.toString(), timeline.selectionDeadline().toString()));
    }
    LocalDate display = proposal.selectionResultsDate();
    if (display != null) {
      LocalDate earliest = selection != null ? selection : submissionEnd;
      LocalDate latest = timeline.selectionResultsDisplay();
      if (display.isBefore(earliest) || display.isAfter(latest)) {
        violations.add(new CalendarViolation("SEL-03", "selectionResultsDate",
            ("Rezultatele selecției afișate la %s sunt în afara termenului: se afișează după "
                + "selecție și în cel mult o zi lucrătoare de la termenul selecției, adică între "
                + "%s și %s (PO.UVT-DRU-01, subcap. 8.2.1 alin. (4)).").formatted(day(display),
                day(earliest), day(latest)), earliest.toString(), latest.toString()));
      }
      // The first test only after the contestations against the selection are resolved, counted
      // from the display as planned (§8.5C(1),(2)).
      LocalDate needed = timelines.addWorkingDays(display,
          CONTESTATION_WORKING_DAYS + RESOLUTION_WORKING_DAYS);
      if (first.date().isBefore(needed)) {
        violations.add(new CalendarViolation(TimelineViolation.SELECTION_BEFORE_TEST, firstField,
            ("Prima probă nu poate avea loc la %s, înainte de soluționarea contestațiilor la "
                + "selecția dosarelor: rezultatele afișate la %s pot fi contestate în cel mult o "
                + "zi lucrătoare, iar contestațiile se soluționează în cel mult o zi lucrătoare, "
                + "adică până la %s (PO.UVT-DRU-01, subcap. 8.2 alin. (2) și subcap. 8.5 "
                + "„Soluționarea contestațiilor” alin. (1)–(2)).").formatted(day(first.date()),
                day(display), day(needed)), needed.toString(), null));
      }
    }
  }

  // ---- Tests (§8.2.4(5), OQ-30, §8.3(16), §8.5C) --------------------------------------------------

  private List<TestDeadlines> checkTests(List<PlannedTest> tests, List<String> fields,
      List<CalendarViolation> violations) {
    List<TestDeadlines> answer = new ArrayList<>();
    PlannedTest written = find(tests, TestType.WRITTEN);
    PlannedTest practical = find(tests, TestType.PRACTICAL);
    PlannedTest interview = find(tests, TestType.INTERVIEW);
    // OQ-30: written, then practical, then the interview; each on or after the one before.
    if (written != null && practical != null && practical.date().isBefore(written.date())) {
      violations.add(new CalendarViolation("TEST-ORDER", field(tests, fields, practical),
          ("Proba practică (%s) este planificată înaintea probei scrise (%s): proba practică "
              + "urmează probei scrise, fiecare cu afișarea și contestațiile ei (PO.UVT-DRU-01, "
              + "subcap. 8.2; interpretarea OQ-30).").formatted(day(practical.date()),
              day(written.date())), written.date().toString(), null));
    }
    PlannedTest last = practical != null ? practical : written;
    if (written != null && practical != null && written.date().isAfter(practical.date())) {
      last = written;
    }
    if (interview != null && last != null) {
      LocalDate latest = timelines.addWorkingDays(last.date(), INTERVIEW_WORKING_DAYS);
      if (interview.date().isBefore(last.date()) || interview.date().isAfter(latest)) {
        violations.add(new CalendarViolation("INT-05", field(tests, fields, interview),
            ("Interviul la %s este în afara termenului: se susține în aceeași zi cu %s sau în cel "
                + "mult 4 zile lucrătoare de la aceasta, adică între %s și %s (PO.UVT-DRU-01, "
                + "subcap. 8.2.4 alin. (5)).").formatted(day(interview.date()),
                last.type().label(), day(last.date()), day(latest)),
            last.date().toString(), latest.toString()));
      } else if (interview.date().equals(last.date()) && interview.time() != null
          && last.time() != null && !interview.time().isAfter(last.time())) {
        violations.add(new CalendarViolation("INT-05",
            field(tests, fields, interview).replaceFirst("\\.date$", ".time"),
            ("Interviul din %s, ora %s, nu poate începe înaintea sau odată cu %s (ora %s) din "
                + "aceeași zi (PO.UVT-DRU-01, subcap. 8.2.4 alin. (5)).")
                .formatted(day(interview.date()), interview.time(), last.type().label(),
                    last.time()), null, null));
      }
    }
    for (PlannedTest test : sorted(tests)) {
      LocalDate display = timelines.addWorkingDays(test.date(), DISPLAY_WORKING_DAYS);
      LocalDate contestation = timelines.addWorkingDays(display, CONTESTATION_WORKING_DAYS);
      LocalDate resolution = timelines.addWorkingDays(contestation, RESOLUTION_WORKING_DAYS);
      answer.add(new TestDeadlines(test.type().name(), test.date().toString(),
          test.time() == null ? null : test.time().toString(), display.toString(),
          contestation.toString(), resolution.toString()));
    }
    return answer;
  }

  private LocalDate latestInterview(List<PlannedTest> tests) {
    PlannedTest written = find(tests, TestType.WRITTEN);
    PlannedTest practical = find(tests, TestType.PRACTICAL);
    LocalDate from = practical != null ? practical.date() : written == null ? null
        : written.date();
    if (written != null && practical != null && written.date().isAfter(practical.date())) {
      from = written.date();
    }
    return from == null ? null : timelines.addWorkingDays(from, INTERVIEW_WORKING_DAYS);
  }

  // ---- Final results (§8.5C(8),(11), §8.3(20)) ----------------------------------------------------

  private String[] checkFinalResults(Proposal proposal, List<PlannedTest> tests,
      List<CalendarViolation> violations) {
    PlannedTest last = sorted(tests).get(tests.size() - 1);
    // After the last test's contestation term (at least 1 WD after a display on the test day),
    // and within 1 WD of the display of its contestation results, themselves due within
    // 1 + 1 + 1 WD of the test.
    LocalDate earliest = timelines.addWorkingDays(last.date(), CONTESTATION_WORKING_DAYS);
    LocalDate latest = timelines.addWorkingDays(last.date(), DISPLAY_WORKING_DAYS
        + CONTESTATION_WORKING_DAYS + RESOLUTION_WORKING_DAYS + FINAL_RESULTS_WORKING_DAYS);
    LocalDate finalResults = proposal.finalResultsDate();
    if (finalResults != null && (finalResults.isBefore(earliest) || finalResults.isAfter(latest))) {
      violations.add(new CalendarViolation("FIN-01", "finalResultsDate",
          ("Rezultatele finale afișate la %s sunt în afara termenului: după %s din %s se afișează "
              + "rezultatele, se depun și se soluționează contestațiile (câte o zi lucrătoare), iar "
              + "rezultatele finale se afișează în cel mult o zi lucrătoare de la afișarea "
              + "rezultatelor contestațiilor, adică între %s și %s (PO.UVT-DRU-01, subcap. 8.5 "
              + "„Soluționarea contestațiilor” alin. (8) și subcap. 8.3 alin. (20)).")
              .formatted(day(finalResults), last.type().label(), day(last.date()), day(earliest),
                  day(latest)), earliest.toString(), latest.toString()));
    }
    return new String[] {earliest.toString(), latest.toString()};
  }

  // ---- Helpers ------------------------------------------------------------------------------------

  private static int firstTestIndex(List<PlannedTest> tests) {
    int best = -1;
    for (int i = 0; i < tests.size(); i++) {
      PlannedTest test = tests.get(i);
      if (test.type() == TestType.INTERVIEW) {
        continue;
      }
      if (best < 0 || test.date().isBefore(tests.get(best).date())) {
        best = i;
      }
    }
    if (best >= 0) {
      return best;
    }
    return 0; // only an interview
  }

  private static PlannedTest find(List<PlannedTest> tests, TestType type) {
    return tests.stream().filter(t -> t.type() == type).findFirst().orElse(null);
  }

  private static String field(List<PlannedTest> tests, List<String> fields, PlannedTest test) {
    return fields.get(tests.indexOf(test));
  }

  private static List<PlannedTest> sorted(List<PlannedTest> tests) {
    return tests.stream().sorted(Comparator.comparing(PlannedTest::date)
        .thenComparing(t -> t.type().ordinal())).toList();
  }

  private static String workingDaysText(int days) {
    return days == 1 ? "o zi lucrătoare" : days + " zile lucrătoare";
  }

  private static String day(LocalDate date) {
    return DisplayDates.DAY.format(date);
  }
}
