package ro.dosar.contest.announcement;

import ro.dosar.tasklist.FormDates;
import static ro.dosar.calendar.DisplayDates.DAY;
import static ro.dosar.contest.ContestVariables.confirmed;
import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.describe;
import static ro.dosar.tasklist.FormDates.localDate;
import static ro.dosar.contest.ContestVariables.optionalText;
import static ro.dosar.contest.ContestVariables.requestDocument;
import static ro.dosar.contest.ContestVariables.setStatus;
import static ro.dosar.contest.ContestVariables.vacancyType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.Violation;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.ContestProgress;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.TestType;
import ro.dosar.documents.DocumentGeneration;

/**
 * The announcement and its publication (spec §6; PO.UVT-DRU-01 §8.1.3): every mandatory element
 * and the whole calendar checked before publication, and again on the day it is published, when
 * the legal calendar starts to run. Service tasks call them as
 * {@code ${announcementSteps.<step>(execution)}}.
 */
@Component
public class AnnouncementSteps {

  private final ContestRepository contests;
  private final ContestTimelineService timelines;
  private final WorkingDayCalendar calendar;
  private final ContestProgress progress;
  private final DocumentGeneration documentGeneration;
  private final ContestCalendarCheck calendarCheck;
  private final RegistryClosingHour closingHour;

  public AnnouncementSteps(ContestRepository contests,
      ContestTimelineService timelines,
      WorkingDayCalendar calendar,
      ContestProgress progress,
      DocumentGeneration documentGeneration,
      RegistryClosingHour closingHour) {
    this.closingHour = closingHour;
    this.contests = contests;
    this.timelines = timelines;
    this.calendar = calendar;
    this.progress = progress;
    this.documentGeneration = documentGeneration;
    this.calendarCheck = new ContestCalendarCheck(timelines);
  }

  /**
   * Checks every mandatory element of the announcement (§8.1.3(2), spec §6.2) and its calendar
   * (PUB-01 and the selection timeline, the interview at most 4 working days after the first test,
   * COM-01); sets {@code announcementValid} and {@code announcementViolations}.
   */
  public void checkAnnouncement(DelegateExecution execution) {
    List<Violation> violations = new ArrayList<>();
    requireElement(execution, "announcementNumber", "numărul de înregistrare al anunțului",
        "ANN-00", violations);
    requireElement(execution, "workingTime", "perioada și durata timpului de muncă",
        "ANN-a", violations);
    requireElement(execution, "contractType", "tipul contractului (determinată / nedeterminată)",
        "ANN-a", violations);
    if ("DETERMINATA".equals(execution.getVariable(Variables.CONTRACT_TYPE))) {
      requireElement(execution, "contractPeriod", "perioada contractului pe durată determinată",
          "ANN-a", violations);
    }
    requireElement(execution, "requiredDocuments", "documentele dosarului de concurs",
        "ANN-b", violations);
    requireElement(execution, "submissionPlace", "locul de depunere a dosarelor", "ANN-b",
        violations);
    requireElement(execution, "secretaryContact", "datele de contact ale secretarului comisiei",
        "ANN-b", violations);
    requireConfirmed(execution, "generalConditionsIncluded",
        "condițiile generale de participare (§8.1.1(3) a–h)", "ANN-c", violations);
    requireElement(execution, "specificConditions", "condițiile specifice din fișa postului",
        "ANN-c", violations);
    requireConfirmed(execution, "administrativeCodeIncluded",
        "cerințele specifice prevăzute la art. 542 alin. (1) și (2) din OUG nr. 57/2019",
        "ANN-c", violations);
    requireElement(execution, "testPlace", "locul desfășurării probelor", "ANN-d", violations);
    requireElement(execution, "firstTestHour", "ora primei probe", "ANN-d", violations);
    requireElement(execution, "interviewHour", "ora interviului", "ANN-d", violations);
    requireElement(execution, "bibliography", "bibliografia", "ANN-e", violations);
    requireElement(execution, "submissionHour", "ora până la care se depun dosarele", "ANN-f",
        violations);
    requireRegistryOpen(execution, violations);
    LocalDate publication = date(execution, "publicationDate", "data publicării", violations);
    LocalDate firstTest = date(execution, "firstTestDate", "data primei probe", violations);
    LocalDate interview = date(execution, "interviewDate", "data interviului", violations);
    if (publication != null && firstTest != null) {
      violations.addAll(calendarViolations(execution,
          timelines.plan(vacancyType(execution), publication, firstTest), interview));
    }
    execution.setVariable(Variables.ANNOUNCEMENT_VALID, violations.isEmpty());
    execution.setVariable(Variables.ANNOUNCEMENT_VIOLATIONS, describe(violations));
  }

  private List<Violation> calendarViolations(DelegateExecution execution,
      ContestTimeline timeline, LocalDate interview) {
    LocalDate publication = timeline.publicationDate();
    List<Violation> violations = new ArrayList<>();
    // The same whole-calendar check as POST /api/contests/calendar and the public checker.
    List<ContestCalendarCheck.PlannedTest> tests = new ArrayList<>(List.of(
        new ContestCalendarCheck.PlannedTest(TestType.WRITTEN, timeline.firstTestDate(), null)));
    List<String> fields = new ArrayList<>(List.of("firstTestDate"));
    if (interview != null) {
      tests.add(new ContestCalendarCheck.PlannedTest(TestType.INTERVIEW, interview, null));
      fields.add("interviewDate");
    }
    calendarCheck.check(new ContestCalendarCheck.Proposal(timeline.vacancyType(), publication,
            null, null, null, tests, fields, null))
        .violations().forEach(v -> violations.add(new Violation(v.rule(), v.message())));
    LocalDate signed = contests.get(contestId(execution)).commissionsSignedOn();
    if (signed != null && publication.isBefore(signed)) {
      violations.add(new Violation("COM-01", "Comisiile au fost constituite la "
          + signed.format(DisplayDates.DAY)
          + "; anunțul nu poate fi publicat înainte (§8.1.5(1))."));
    }
    return violations;
  }

  /**
   * HR published the announcement on the date it states (headquarters, website, posturi.gov.ro).
   * The legal calendar runs from that date: it is checked again (a late publication can break
   * PUB-01) and stored, and the deadlines the model's timers wait for are set.
   */
  public void publish(DelegateExecution execution) {
    LocalDate publishedOn = calendar.today();
    LocalDate firstTest = localDate(execution.getVariable(Variables.FIRST_TEST_DATE));
    LocalDate interview = localDate(execution.getVariable(Variables.INTERVIEW_DATE));
    ContestTimeline timeline = timelines.plan(vacancyType(execution), publishedOn, firstTest);
    List<Violation> violations = calendarViolations(execution, timeline, interview);
    if (!violations.isEmpty()) {
      execution.setVariable(Variables.ANNOUNCEMENT_VALID, false);
      execution.setVariable(Variables.ANNOUNCEMENT_VIOLATIONS, "Anunțul a fost publicat la "
          + publishedOn.format(DisplayDates.DAY) + ", nu la data planificată:\n"
          + describe(violations));
      return;
    }
    long id = contestId(execution);
    contests.setTimeline(id, timeline);
    progress.recordPlan(id, localDate(execution.getVariable(Variables.PUBLICATION_DATE)), firstTest,
        interview);
    execution.setVariable(Variables.ANNOUNCEMENT_VALID, true);
    execution.setVariable(Variables.PUBLISHED_ON, publishedOn.toString());
    execution.setVariable(Variables.SUBMISSION_DEADLINE,
        timeline.submissionDeadline().format(DisplayDates.DAY));
    execution.setVariable(Variables.SUBMISSION_DEADLINE_AT, Date.from(closingHour.submissionCloses(
        contests.get(id)).atZone(calendar.zone()).toInstant()));
    execution.setVariable(Variables.SELECTION_DEADLINE,
        timeline.selectionDeadline().format(DisplayDates.DAY));
    execution.setVariable(Variables.SELECTION_DUE_AT, closing(timeline.selectionDeadline()));
    execution.setVariable(Variables.SELECTION_DISPLAY_DUE_AT,
        closing(timeline.selectionResultsDisplay()));
    setStatus(contests, execution, id, ContestStatus.PUBLISHED, null);
    requestDocument(documentGeneration, execution, "announcement", id);
  }

  /** Publication means all three channels of §8.1.3(1),(4); each is confirmed. */
  public void checkPublication(DelegateExecution task) {
    confirmed(task, "publishedAtHeadquarters", "afișarea anunțului la sediul instituției");
    confirmed(task, "publishedOnWebsite", "publicarea anunțului pe site");
    confirmed(task, "sentToNationalPortal", "transmiterea anunțului la posturi.gov.ro");
  }

  /**
   * The announced hour until which files are received is not later than the hour the
   * institution's Registry closes ({@code dosar.institutions[…].registry-closing-time}): a file
   * brought after it could not be registered that day.
   */
  private void requireRegistryOpen(DelegateExecution execution, List<Violation> violations) {
    String announced = optionalText(execution.getVariable(Variables.SUBMISSION_HOUR));
    if (announced == null) {
      return;
    }
    LocalTime hour;
    try {
      hour = LocalTime.parse(announced.length() == 4 ? "0" + announced : announced);
    } catch (java.time.format.DateTimeParseException e) {
      violations.add(new Violation("ANN-f", "Ora până la care se depun dosarele („" + announced
          + "”) se scrie HH:mm, de exemplu 16:00."));
      return;
    }
    LocalTime closes = closingHour.of(contests.get(contestId(execution)).institutionCode());
    if (hour.isAfter(closes)) {
      violations.add(new Violation("ANN-f", "Ora până la care se depun dosarele (" + announced
          + ") este după ora la care se închide registratura instituției (" + closes
          + "); în ultima zi dosarele se primesc până la ora " + closes + " (§8.2.1(1))."));
    }
  }

  private Date closing(LocalDate day) {
    return calendar.workingDaysDeadline(day, 0);
  }

  private static void requireElement(VariableScope scope, String field, String label,
      String rule, List<Violation> violations) {
    if (optionalText(scope.getVariable(field)) == null) {
      violations.add(new Violation(rule, "Anunțul trebuie să cuprindă " + label
          + " (§8.1.3(2))."));
    }
  }

  private static void requireConfirmed(VariableScope scope, String field, String label,
      String rule, List<Violation> violations) {
    if (!Boolean.TRUE.equals(scope.getVariable(field))) {
      violations.add(new Violation(rule, "Anunțul trebuie să cuprindă " + label
          + " (§8.1.3(2)); confirmați că este inclus."));
    }
  }

  private static LocalDate date(VariableScope scope, String field, String label,
      List<Violation> violations) {
    try {
      LocalDate date = localDate(scope.getVariable(field));
      if (date == null) {
        violations.add(new Violation("ANN-f", "Anunțul trebuie să cuprindă " + label
            + " (§8.1.3(2)(f))."));
      }
      return date;
    } catch (RuntimeException e) {
      violations.add(new Violation("ANN-f", "Data „" + scope.getVariable(field)
          + "” (" + label + ") nu este validă; folosiți formatul AAAA-LL-ZZ."));
      return null;
    }
  }

}
