package ro.dosar.contest.teststage;

import ro.dosar.tasklist.FormDates;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestMails;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestType;
import ro.dosar.contest.teststage.TestStageProcess.Variables;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of {@code testStage} (bpmn/contest/test-stage.bpmn): one test of a contest (written,
 * practical or interview) from its plan to the display of its results (spec §10–§13), called as
 * {@code ${testStageSteps.<step>(execution)}}.
 *
 * <ul>
 *   <li>Plan: the criteria (subjects) with their maximum points, adding up to 100; the criteria
 *       the law makes mandatory must be there (§8.2.2(9), §8.2.3(2), §8.2.4(2)–(4)).</li>
 *   <li>Roll call: absent, eliminated and annulled candidates are "respins" and are not scored
 *       (§8.2.2(10)–(17)). A written paper gets a sealed-paper number, which is all the correctors
 *       see, unless there is a single candidate (§8.2.2(17), §8.3(3), spec §19.4).</li>
 *   <li>Scoring: every member's own score sheet, in {@link ScoreSheetSteps}.</li>
 *   <li>Display: the results by code, the papers unsealed (§8.3(9),(16)).</li>
 * </ul>
 */
@Component
public class TestStageSteps {

  static final int MAX_CRITERIA = 9;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TestRepository tests;
  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final WorkingDayCalendar calendar;
  private final ContestMails mails;

  public TestStageSteps(TestRepository tests, ContestRepository contests,
      CandidateRepository candidates, WorkingDayCalendar calendar,
      ContestMails mails) {
    this.mails = mails;
    this.tests = tests;
    this.contests = contests;
    this.candidates = candidates;
    this.calendar = calendar;
  }

  /**
   * Opens the test: its record, the moment it starts (its date at the hour of the announcement,
   * in the calendar's zone: the roll call waits for it), and the deadlines: scoring and display
   * within 1 working day of the test (§8.3(2),(16)). The admitted candidates' codes are not kept
   * in the instance: only the roll call task reads them ({@link #admittedCodesText}), so that no
   * score sheet of a sealed paper sees them.
   */
  public void open(DelegateExecution execution) {
    long contestId = ContestVariables.contestId(execution);
    TestType type = TestType.valueOf((String) execution.getVariable(Variables.TEST_TYPE));
    var testDate = FormDates.localDate(execution.getVariable(Variables.TEST_DATE));
    List<Long> admitted = admittedCodes(contestId);
    boolean sealed = type == TestType.WRITTEN && admitted.size() > 1;
    long testId = tests.createTest(contestId, type, testDate, sealed);
    Contest contest = contests.get(contestId);
    execution.setVariable(Variables.TEST_ID, testId);
    execution.setVariable(Variables.TEST_LABEL, type.label());
    execution.setVariable(Variables.POST_CATEGORY, contest.postCategory().name());
    execution.setVariable(Variables.CC_GROUP, Contest.competitionGroup(contestId));
    execution.setVariable(Variables.TEST_STARTS_AT, TestStart.at(testDate, execution
        .getProcessEngineServices().getRuntimeService().getVariable(contest.processInstanceId(),
            TestStart.hourVariable(type)), calendar.zone()));
    execution.setVariable(Variables.SCORING_DUE_AT, calendar.workingDaysDeadline(testDate, 1));
    execution.setVariable(Variables.DISPLAY_DUE_AT, calendar.workingDaysDeadline(testDate, 1));
    @SuppressWarnings("unchecked")
    List<String> members = (List<String>) execution.getVariable(Variables.CC_MEMBERS);
    mails.convocation(contestId, type, testDate, members == null ? List.of() : members);
    if (type == TestType.INTERVIEW) {
      mails.interview(contestId, testDate, admitted);
    }
  }

  /** The admitted candidates' codes, as the roll call form lists them (its task only). */
  public String admittedCodesText(DelegateExecution execution) {
    List<Long> admitted = admittedCodes(ContestVariables.contestId(execution));
    return admitted.isEmpty() ? "(niciun candidat admis)"
        : String.join(", ", admitted.stream().map(String::valueOf).toList());
  }

  /**
   * Refuses a step of the test before the test has started (its day and hour by the engine's
   * clock): {@code message} says why, {@code %s} standing for the start. A step outside a test
   * stage (no start recorded: re-correction after the display) passes.
   */
  void requireStarted(DelegateExecution execution, String field, String message) {
    Object startsAt = execution.getVariable(Variables.TEST_STARTS_AT);
    if (!(startsAt instanceof Date start)) {
      return;
    }
    FormRejection.require(!ClockUtil.getCurrentTime().before(start), field,
        message.formatted(TestStart.dayAndHour(start, calendar.zone())));
  }

  /**
   * The candidates who may sit the next test: admitted at selection and at every test held so far
   * (each stage is eliminatory, §8.2(2), SEL-01), after the contestations.
   */
  public List<Long> admittedCodes(long contestId) {
    List<TestRepository.ContestTest> held = tests.displayedTests(contestId);
    return candidates.ofContest(contestId).stream()
        .filter(Candidate::inTheRunning)
        .map(Candidate::code)
        .filter(code -> held.stream().allMatch(test -> tests.paperOf(test.id(), code)
            .map(paper -> "ADMIS".equals(paper.status())).orElse(false)))
        .toList();
  }

  /** The plan of the test: the maximum points of each criterion (form re-check and record). */
  public void recordPlan(DelegateExecution execution) {
    FormRejection.require(Boolean.TRUE.equals(execution.getVariable(Variables.PLAN_CONFIRMED)),
        Variables.PLAN_CONFIRMED,
        "Confirmați că subiectele (două variante, semnate și sigilate) sau "
            + "planul probei au fost stabilite de comisie (§8.2.2(5),(8), §8.2.3(4), §8.2.4(2)).");
    TestType type = TestType.valueOf((String) execution.getVariable(Variables.TEST_TYPE));
    boolean leadership = PostCategory.LEADERSHIP.name()
        .equals(execution.getVariable(Variables.POST_CATEGORY));
    long testId = TestStageProcess.testId(execution);
    Map<Integer, BigDecimal> maxima = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 1; i <= type.criteria().size(); i++) {
      TestType.Criterion criterion = type.criteria().get(i - 1);
      String key = type.maxKey(i);
      Object value = execution.getVariable(key);
      BigDecimal max = value == null || value.toString().isBlank() ? BigDecimal.ZERO
          : ScoreSheetSteps.points(value, key, criterion.label(), BigDecimal.valueOf(100));
      boolean required = criterion.mandatory() || (type == TestType.INTERVIEW && leadership
          && TestType.LEADERSHIP_INTERVIEW_CRITERIA.contains(i));
      FormRejection.require(!required || max.signum() > 0, key, "Criteriul „"
          + criterion.label() + "” este obligatoriu: stabiliți punctajul maxim.");
      FormRejection.require(leadership || type != TestType.INTERVIEW || max.signum() == 0
              || !TestType.LEADERSHIP_INTERVIEW_CRITERIA.contains(i), key,
          "Criteriul „" + criterion.label() + "” se aplică doar posturilor de conducere "
              + "(§8.2.4(4)).");
      if (max.signum() > 0) {
        maxima.put(i, max);
        sum = sum.add(max);
      }
    }
    FormRejection.require(sum.compareTo(BigDecimal.valueOf(100)) == 0, type.maxKey(1),
        "Punctajele maxime ale criteriilor trebuie să însumeze 100 de puncte (§8.3(1)); acum "
            + "însumează " + sum.stripTrailingZeros().toPlainString() + ".");
    tests.clearCriteria(testId);
    int position = 1;
    for (Map.Entry<Integer, BigDecimal> entry : maxima.entrySet()) {
      tests.addCriterion(testId, position++, type.criteria().get(entry.getKey() - 1).label(),
          entry.getValue());
    }
  }

  /**
   * The roll call and the incidents (form re-check and record): the codes listed as absent,
   * eliminated or annulled must be admitted candidates, each in one list only, the last two with
   * the reason. The others are present and get their paper: numbered 1..n, in a random order when
   * the papers are sealed. Not before the test's day and hour.
   */
  public void recordRollCall(DelegateExecution execution) {
    requireStarted(execution, "absentCodes", "Apelul nominal se face în ziua și la ora probei: "
        + "%s (§8.2.2(10)); până atunci nu poate fi consemnat.");
    long contestId = ContestVariables.contestId(execution);
    long testId = TestStageProcess.testId(execution);
    List<Long> admitted = admittedCodes(contestId);
    Set<Long> absent = codes(execution, "absentCodes", admitted);
    Set<Long> eliminated = codes(execution, "eliminatedCodes", admitted);
    Set<Long> annulled = codes(execution, "annulledCodes", admitted);
    Set<Long> seen = new LinkedHashSet<>();
    for (Set<Long> list : List.of(absent, eliminated, annulled)) {
      for (Long code : list) {
        FormRejection.require(seen.add(code), "absentCodes",
            "Codul " + code + " apare în mai multe liste; un candidat este fie absent, fie "
                + "eliminat, fie cu lucrarea anulată.");
      }
    }
    String eliminationReason = ContestVariables.optionalText(execution.getVariable(
        Variables.ELIMINATION_REASON));
    FormRejection.require(eliminated.isEmpty() || eliminationReason != null, "eliminationReason",
        "Consemnați motivul eliminării (§8.2.2(12),(16)).");
    String annulmentReason = ContestVariables.optionalText(execution.getVariable(
        Variables.ANNULMENT_REASON));
    FormRejection.require(annulled.isEmpty() || annulmentReason != null, "annulmentReason",
        "Consemnați motivul anulării lucrării (§8.2.2(17), §8.3(6)).");

    List<Long> present = new ArrayList<>();
    for (long code : admitted) {
      if (absent.contains(code)) {
        tests.addPaper(testId, code, null, "ABSENT", "Absent la apelul nominal", "ABSENT");
      } else if (eliminated.contains(code)) {
        tests.addPaper(testId, code, null, "ELIMINATED", eliminationReason, "ELIMINAT");
      } else if (annulled.contains(code)) {
        tests.addPaper(testId, code, null, "ANNULLED", annulmentReason, "ANULAT");
      } else {
        present.add(code);
      }
    }
    // The papers to correct are numbered 1..n in a random order when sealed, and recorded in
    // the order of their numbers, so that nothing created for them follows the codes' order.
    if (tests.test(testId).sealed()) {
      Collections.shuffle(present, RANDOM);
    }
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < present.size(); i++) {
      tests.addPaper(testId, present.get(i), i + 1, "PRESENT", null, null);
      numbers.add(i + 1);
    }
    execution.getProcessInstance().setVariable(Variables.PAPER_NUMBERS, numbers);
    execution.getProcessInstance().setVariable(Variables.PRESENT_COUNT, present.size());
  }

  private static Set<Long> codes(DelegateExecution execution, String field, List<Long> admitted) {
    Set<Long> codes = new LinkedHashSet<>();
    String text = ContestVariables.optionalText(execution.getVariable(field));
    if (text == null) {
      return codes;
    }
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      long code;
      try {
        code = Long.parseLong(part);
      } catch (NumberFormatException e) {
        throw FormRejection.reject(field, "„" + part + "” nu este un cod de candidat.");
      }
      FormRejection.require(admitted.contains(code), field,
          "Codul " + code + " nu este al unui candidat admis la această probă.");
      codes.add(code);
    }
    return codes;
  }

  /** The minutes are signed and the results displayed: the papers are unsealed (§8.3(9),(16)). */
  public void displayResults(DelegateExecution execution) {
    long testId = TestStageProcess.testId(execution);
    tests.markDisplayed(testId, calendar.today());
    execution.setVariable(Variables.RESULTS_DISPLAYED_ON, calendar.today().toString());

  }

  /** The minutes and the display are confirmed (form re-check). */
  public void checkDisplay(DelegateExecution execution) {
    requireStarted(execution, "testResultsDisplayed", "Rezultatele probei se afișează după "
        + "desfășurarea și notarea ei; proba începe la %s (§8.3(16)).");
    long testId = TestStageProcess.testId(execution);
    FormRejection.require(tests.papers(testId).stream().allMatch(p -> p.status() != null),
        "testResultsDisplayed", "Rezultatele se afișează după ce toate lucrările au fost notate.");
    FormRejection.require(Boolean.TRUE.equals(execution.getVariable(Variables.TEST_MINUTES_SIGNED)),
        Variables.TEST_MINUTES_SIGNED, "Confirmați semnarea procesului-verbal al probei.");
    FormRejection.require(
        Boolean.TRUE.equals(execution.getVariable(Variables.TEST_RESULTS_DISPLAYED)),
        Variables.TEST_RESULTS_DISPLAYED, "Confirmați afișarea rezultatelor probei.");
  }

}
