package ro.dosar.contest.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ro.dosar.calendar.CalendarConfiguration;
import ro.dosar.calendar.StatutoryHolidays;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.ContestDeadlineRules;
import ro.dosar.contest.ContestProperties;
import ro.dosar.contest.VacancyType;
import ro.dosar.decision.DeployedDecisions;

/**
 * The timeline beans in a Spring context as the application builds them (the calendar beans and
 * its configuration, the engine-backed rules), with only the process engine's DecisionService
 * replaced by one that evaluates the real table.
 */
class ContestTimelineWiringTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(CalendarConfiguration.class)
      .withBean(StatutoryHolidays.class)
      .withBean(WorkingDayCalendar.class)
      .withBean(DecisionService.class, ContestTimelineWiringTest::decisionServiceOnTheRealTable)
      .withBean(DeployedDecisions.class)
      .withBean(ContestDeadlineRules.Deployed.class)
      .withUserConfiguration(ContestSettings.class)
      .withBean(ContestTimelineService.class);

  /** {@code dosar.contest.*} bound as the application binds it. */
  @org.springframework.boot.context.properties.EnableConfigurationProperties(
      ContestProperties.class)
  static class ContestSettings {
  }

  @Test
  void givenTheApplicationsBeans_whenPlanningTheSpecsExample_thenTheDatesOfSpec8() {
    context.run(beans -> {
      ContestTimeline timeline = beans.getBean(ContestTimelineService.class)
          .plan(VacancyType.VACANT, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 23));

      assertThat(timeline.submissionDeadline()).isEqualTo(LocalDate.of(2025, 9, 15));
      assertThat(timeline.earliestFirstTestDate()).isEqualTo(LocalDate.of(2025, 9, 23));
      assertThat(timeline.lawful()).isTrue();
    });
  }

  @Test
  void givenTheLooserCountingSetting_whenPlanning_thenTheTestDayCounts() {
    context.withPropertyValues("dosar.contest.lead-time-counting=TEST_DAY_COUNTED").run(beans -> {
      ContestTimeline timeline = beans.getBean(ContestTimelineService.class)
          .plan(VacancyType.VACANT, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 22));

      assertThat(timeline.earliestFirstTestDate()).isEqualTo(LocalDate.of(2025, 9, 22));
      assertThat(timeline.lawful()).isTrue();
      assertThat(timeline.warnings()).hasSize(1);
    });
  }

  @Test
  void givenAConfiguredClosingTime_whenAskingWhenADeadlineCloses_thenThatHour() {
    context.withPropertyValues("dosar.calendar.closing-time=15:30").run(beans -> {
      ContestTimelineService service = beans.getBean(ContestTimelineService.class);

      assertThat(service.closingTime()).isEqualTo(LocalTime.of(15, 30));
      assertThat(service.closesAt(LocalDate.of(2025, 9, 15)))
          .hasToString("2025-09-15T15:30+03:00[Europe/Bucharest]");
    });
  }

  /** A DecisionService whose contestDeadlines is the real table, read by the standalone engine. */
  private static DecisionService decisionServiceOnTheRealTable() {
    DecisionService decisions = mock(DecisionService.class);
    DecisionEvaluationBuilder builder = mock(DecisionEvaluationBuilder.class);
    when(decisions.evaluateDecisionTableByKey("contestDeadlines")).thenReturn(builder);
    AtomicReference<Object> vacancyType = new AtomicReference<>();
    when(builder.variables(anyMap())).thenAnswer(call -> {
      vacancyType.set(call.<Map<?, ?>>getArgument(0).get("vacancyType"));
      return builder;
    });
    when(builder.evaluate()).thenAnswer(
        call -> ContestTimelineTestRules.evaluate((String) vacancyType.get()));
    return decisions;
  }
}
