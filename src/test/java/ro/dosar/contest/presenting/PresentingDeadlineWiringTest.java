package ro.dosar.contest.presenting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import ro.dosar.calendar.CalendarConfiguration;
import ro.dosar.calendar.StatutoryHolidays;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.ContestProperties;

/**
 * The presenting service in a Spring context, with {@code dosar.contest.presenting-moves-to-
 * working-day} bound beside the other {@code dosar.contest.*} properties.
 */
class PresentingDeadlineWiringTest {

  @Configuration
  @EnableConfigurationProperties(ContestProperties.class)
  static class OtherContestProperties {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(CalendarConfiguration.class, OtherContestProperties.class)
      .withBean(StatutoryHolidays.class)
      .withBean(WorkingDayCalendar.class)
      .withBean(PresentingDeadlineService.class);

  private static LocalDate deadline(org.springframework.context.ApplicationContext beans) {
    return beans.getBean(PresentingDeadlineService.class)
        .deadline(LocalDate.of(2025, 10, 3), PostCategory.EXECUTION, null, null).deadline();
  }

  @Test
  void givenNoProperty_whenComputing_thenTheDeadlineMovesToMonday() {
    context.run(beans -> assertThat(deadline(beans)).isEqualTo(LocalDate.of(2025, 10, 20)));
  }

  @Test
  void givenThePropertyFalse_whenComputing_thenTheSaturdayStands() {
    context.withPropertyValues("dosar.contest.presenting-moves-to-working-day=false",
            "dosar.contest.even-split-admits=false")
        .run(beans -> {
          assertThat(deadline(beans)).isEqualTo(LocalDate.of(2025, 10, 18));
          assertThat(beans.getBean(ContestProperties.class).evenSplitAdmits()).isFalse();
        });
  }
}
