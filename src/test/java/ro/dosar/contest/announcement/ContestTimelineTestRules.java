package ro.dosar.contest.announcement;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import ro.dosar.calendar.CalendarProperties;
import ro.dosar.calendar.StatutoryHolidays;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.ContestDeadlineRules;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.VacancyType;
import ro.dosar.support.StandaloneDecisions;

/**
 * {@link ContestDeadlineRules} for tests: the real {@code dmn/contest/contest-deadlines.dmn},
 * parsed and evaluated by the standalone DMN engine, without a process engine. Also builds the
 * service with the real Romanian calendar, so that tests check the law's numbers and holidays, not
 * numbers copied into the test.
 */
public final class ContestTimelineTestRules implements ContestDeadlineRules {

  static final String DMN_FILE = "dmn/contest/contest-deadlines.dmn";

  private static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  private static final DmnDecision DECISION = parse();

  /** Monday 1 September 2025, 10:00 in Bucharest; the timeline never asks for "today". */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-09-01T07:00:00Z"), ZoneOffset.UTC);

  private static DmnDecision parse() {
    try (InputStream dmn = new FileInputStream(DMN_FILE)) {
      return ENGINE.parseDecision(DECISION_KEY, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table's raw answer for any input value, known to the enum or not. */
  static DmnDecisionTableResult evaluate(String vacancyType) {
    return ENGINE.evaluateDecisionTable(DECISION, Map.of(VACANCY_TYPE_INPUT, vacancyType));
  }

  @Override
  public Deadlines forVacancy(VacancyType vacancyType) {
    return Deadlines.fromDecision(vacancyType, evaluate(vacancyType.name()));
  }

  /** The Romanian calendar with the application's defaults: 16:00, Bucharest, no extra days. */
  public static WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(CalendarProperties.defaults(), new StatutoryHolidays(), CLOCK);
  }

  /** The service as the application builds it: real calendar, real decision table. */
  static ContestTimelineService service() {
    return service(new ContestTimelineTestRules());
  }

  /** The service as the application builds it, with the given counting of OQ-02. */
  static ContestTimelineService service(LeadTimeCounting counting) {
    return new ContestTimelineService(calendar(), new ContestTimelineTestRules(),
        CalendarProperties.defaults(), new ContestProperties(null, counting));
  }

  /** The service with the real calendar, other rules and the given counting of OQ-02. */
  static ContestTimelineService service(ContestDeadlineRules rules, LeadTimeCounting counting) {
    return new ContestTimelineService(calendar(), rules, CalendarProperties.defaults(),
        new ContestProperties(null, counting));
  }

  /** The service with the real calendar and other rules. */
  static ContestTimelineService service(ContestDeadlineRules rules) {
    return new ContestTimelineService(calendar(), rules, CalendarProperties.defaults(),
        ContestProperties.defaults());
  }
}
