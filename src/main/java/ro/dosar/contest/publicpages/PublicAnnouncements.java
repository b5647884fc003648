package ro.dosar.contest.publicpages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestType;
import ro.dosar.contest.publicpages.PublicContestService.PublicContest;
import ro.dosar.tasklist.FormDates;

/**
 * The contest's announcement as the public reads it on its page (spec §6.1–§6.2, Annex 2): the
 * post, the conditions, the file and where it goes, the submission window, each step of the
 * calendar with its hour and place, the bibliography and the contact of the commission's
 * secretary. It exists once the contest is public ({@link PublicContestService#contest(long)})
 * and is read from the announcement as HR published it (the process's variables, which the
 * history keeps after the contest ends). No candidate is ever read here.
 */
@Service
public class PublicAnnouncements {

  /** The announcement's fields the page shows; nothing else of the process is read. */
  private static final List<String> FIELDS = List.of(Variables.ANNOUNCEMENT_NUMBER,
      Variables.COR_CODE, Variables.WORKING_TIME, Variables.CONTRACT_TYPE,
      Variables.CONTRACT_PERIOD, Variables.STUDY_LEVEL, Variables.DUTIES,
      Variables.SPECIFIC_CONDITIONS, Variables.REQUIRED_DOCUMENTS, Variables.SUBMISSION_PLACE,
      Variables.SUBMISSION_HOUR, Variables.SECRETARY_CONTACT, Variables.TEST_PLACE,
      Variables.FIRST_TEST_HOUR, Variables.INTERVIEW_HOUR, Variables.BIBLIOGRAPHY,
      Variables.EQUAL_OPPORTUNITY_STATEMENT, Variables.WRITTEN_TEST, Variables.INTERVIEW_DATE);

  /**
   * The conditions every candidate meets (§8.1.1(3) a–h, HG nr. 1336/2022 art. 15), which the
   * announcement states (ANN-c).
   */
  static final List<String> GENERAL_CONDITIONS = List.of(
      "are cetățenia română sau cetățenia unui alt stat membru al Uniunii Europene, a unui stat "
          + "parte la Acordul privind Spațiul Economic European (SEE) sau cetățenia "
          + "Confederației Elvețiene;",
      "cunoaște limba română, scris și vorbit;",
      "are capacitate de muncă în conformitate cu prevederile Legii nr. 53/2003 - Codul "
          + "muncii, republicată, cu modificările și completările ulterioare;",
      "are o stare de sănătate corespunzătoare postului pentru care candidează, atestată pe "
          + "baza adeverinței medicale eliberate de medicul de familie sau de unitățile sanitare "
          + "abilitate;",
      "îndeplinește condițiile de studii, de vechime în specialitate și, după caz, alte condiții "
          + "specifice potrivit cerințelor postului scos la concurs;",
      "nu a fost condamnată definitiv pentru săvârșirea unei infracțiuni contra securității "
          + "naționale, contra autorității, contra umanității, infracțiuni de corupție sau de "
          + "serviciu, infracțiuni de fals ori contra înfăptuirii justiției, infracțiuni "
          + "săvârșite cu intenție care ar face o persoană candidată la post incompatibilă cu "
          + "exercitarea funcției contractuale pentru care candidează, cu excepția situației în "
          + "care a intervenit reabilitarea;",
      "nu execută o pedeapsă complementară prin care i-a fost interzisă exercitarea dreptului "
          + "de a ocupa funcția, de a exercita profesia sau meseria ori de a desfășura "
          + "activitatea de care s-a folosit pentru săvârșirea infracțiunii sau față de aceasta "
          + "nu s-a luat măsura de siguranță a interzicerii ocupării unei funcții sau a "
          + "exercitării unei profesii;",
      "nu a comis infracțiunile prevăzute la art. 1 alin. (2) din Legea nr. 118/2019, pentru "
          + "domeniile prevăzute la art. 35 alin. (1) lit. h) din aceeași lege.");

  private final PublicContestService contests;
  private final ContestRepository records;
  private final TestRepository tests;
  private final WorkingDayCalendar calendar;
  private final HistoryService history;
  private final RegistryClosingHour closingHour;

  PublicAnnouncements(PublicContestService contests, ContestRepository records,
      TestRepository tests, WorkingDayCalendar calendar, HistoryService history,
      RegistryClosingHour closingHour) {
    this.closingHour = closingHour;
    this.contests = contests;
    this.records = records;
    this.tests = tests;
    this.calendar = calendar;
    this.history = history;
  }

  /**
   * The announcement of a public contest.
   *
   * @param number the announcement's registration number
   * @param contract "pe durată nedeterminată" or "pe durată determinată: …"
   * @param submission the window of the files: from the publication day to the deadline, at the
   *     announced hour
   * @param steps the calendar, in order: each step's day, hour and place where announced
   * @param contact the commission secretary's contact, as announced
   */
  public record PublicAnnouncement(PublicContest contest, String number, String corCode,
      String workingTime, String contract, String studyLevel, String duties,
      List<String> generalConditions, String specificConditions, String requiredDocuments,
      Window submission, String submissionPlace, List<Step> steps, String bibliography,
      String contact, String equalOpportunityStatement) {
  }

  /** The days files are received, the last one until {@code until}. */
  public record Window(LocalDate from, LocalDate to, LocalTime until) {
  }

  /** A step of the calendar; {@code hour} and {@code place} only where the announcement says. */
  public record Step(String name, LocalDate date, LocalTime hour, String place) {
  }

  public Optional<PublicAnnouncement> of(long id) {
    return contests.contest(id).flatMap(pub -> records.find(id).map(contest ->
        announcement(pub, contest, announced(contest))));
  }

  /** The hour each test of the contest was announced at, by test type; absent when none. */
  public Map<String, LocalTime> testHours(long id) {
    Map<String, LocalTime> hours = new HashMap<>();
    records.find(id).ifPresent(contest -> {
      Map<String, Object> v = announced(contest);
      LocalTime first = hour(v.get(Variables.FIRST_TEST_HOUR));
      LocalTime interview = hour(v.get(Variables.INTERVIEW_HOUR));
      for (TestType type : TestType.values()) {
        LocalTime hour = type == TestType.INTERVIEW ? interview : first;
        if (hour != null) {
          hours.put(type.name(), hour);
        }
      }
    });
    return hours;
  }

  private PublicAnnouncement announcement(PublicContest pub, Contest contest,
      Map<String, Object> v) {
    LocalTime until = hour(v.get(Variables.SUBMISSION_HOUR));
    Window window = contest.submissionDeadline() == null ? null
        : new Window(contest.publicationDate(), contest.submissionDeadline(),
            until == null ? closingHour.of(contest.institutionCode()) : until);
    String place = text(v.get(Variables.TEST_PLACE));
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("Selecția dosarelor", contest.selectionDeadline(), null, null));
    steps.add(new Step("Afișarea rezultatelor selecției dosarelor",
        contest.selectionResultsDisplay(), null, null));
    steps.add(new Step("Depunerea contestațiilor la selecția dosarelor",
        contest.selectionContestationDeadline(), null, null));
    steps.add(new Step("Afișarea rezultatelor contestațiilor la selecția dosarelor",
        contest.selectionContestationResolution(), null, null));
    LocalTime firstHour = hour(v.get(Variables.FIRST_TEST_HOUR));
    LocalTime interviewHour = hour(v.get(Variables.INTERVIEW_HOUR));
    List<ContestTest> held = tests.testsOf(contest.id());
    if (held.isEmpty()) {
      steps.add(new Step(label(Boolean.FALSE.equals(v.get(Variables.WRITTEN_TEST))
          ? TestType.PRACTICAL.name() : TestType.WRITTEN.name()), contest.firstTestDate(),
          firstHour, place));
      steps.add(new Step(label(TestType.INTERVIEW.name()),
          FormDates.localDate(v.get(Variables.INTERVIEW_DATE)), interviewHour, place));
    } else {
      for (ContestTest test : held) {
        boolean interview = TestType.INTERVIEW.name().equals(test.testType());
        steps.add(new Step(label(test.testType()), test.testDate(),
            interview ? interviewHour : firstHour, place));
      }
    }
    String period = text(v.get(Variables.CONTRACT_PERIOD));
    String contract = "DETERMINATA".equals(v.get(Variables.CONTRACT_TYPE))
        ? "pe durată determinată" + (period == null ? "" : ": " + period)
        : "pe durată nedeterminată";
    return new PublicAnnouncement(pub, text(v.get(Variables.ANNOUNCEMENT_NUMBER)),
        text(v.get(Variables.COR_CODE)), text(v.get(Variables.WORKING_TIME)), contract,
        text(v.get(Variables.STUDY_LEVEL)), text(v.get(Variables.DUTIES)), GENERAL_CONDITIONS,
        text(v.get(Variables.SPECIFIC_CONDITIONS)), text(v.get(Variables.REQUIRED_DOCUMENTS)),
        window, text(v.get(Variables.SUBMISSION_PLACE)), steps,
        text(v.get(Variables.BIBLIOGRAPHY)), text(v.get(Variables.SECRETARY_CONTACT)),
        text(v.get(Variables.EQUAL_OPPORTUNITY_STATEMENT)));
  }

  /** The announcement's fields of the contest's own instance (not of its stages). */
  private Map<String, Object> announced(Contest contest) {
    Map<String, Object> values = new HashMap<>();
    if (contest.processInstanceId() == null) {
      return values;
    }
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(contest.processInstanceId())
        .variableNameIn(FIELDS.toArray(String[]::new)).disableCustomObjectDeserialization()
        .list()) {
      if (contest.processInstanceId().equals(variable.getActivityInstanceId())
          || values.get(variable.getName()) == null) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  /** "Proba scrisă": the test's name at the start of a table row. */
  private static String label(String testType) {
    String label;
    try {
      label = TestType.valueOf(testType).label();
    } catch (IllegalArgumentException e) {
      label = testType;
    }
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** "10:00" as announced; {@code null} when not given or not an hour. */
  static LocalTime hour(Object value) {
    String text = text(value);
    if (text == null || !text.matches("\\d{1,2}:\\d{2}")) {
      return null;
    }
    try {
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
