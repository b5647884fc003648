package ro.dosar.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import ro.dosar.calendar.CalendarProperties.ExtraDay;

/** The property shape as Spring Boot binds it from configuration keys. */
class CalendarPropertiesTest {

  @Test
  void givenNothingConfigured_whenCreated_thenBucharestAtFourPmWithoutExtraDays() {
    CalendarProperties properties = CalendarProperties.defaults();

    assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Bucharest"));
    assertThat(properties.closingTime()).isEqualTo(LocalTime.of(16, 0));
    assertThat(properties.extraNonWorkingDays(Country.RO)).isEmpty();
    assertThat(properties.extraWorkingDays(Country.MD)).isEmpty();
  }

  @Test
  void givenConfigurationKeys_whenBound_thenEveryFieldIsRead() {
    CalendarProperties properties = bind(Map.of(
        "dosar.calendar.zone", "Europe/Chisinau",
        "dosar.calendar.closing-time", "17:30",
        "dosar.calendar.extra-non-working-days.RO[0].date", "2026-01-05",
        "dosar.calendar.extra-non-working-days.RO[0].name", "Zi liberă stabilită prin HG",
        "dosar.calendar.extra-non-working-days.MD[0].date", "2026-01-09",
        "dosar.calendar.extra-working-days.RO[0]", "2026-01-10"));

    assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/Chisinau"));
    assertThat(properties.closingTime()).isEqualTo(LocalTime.of(17, 30));
    assertThat(properties.extraNonWorkingDays(Country.RO))
        .containsExactly(new ExtraDay(LocalDate.of(2026, 1, 5), "Zi liberă stabilită prin HG"));
    assertThat(properties.extraNonWorkingDays(Country.MD))
        .containsExactly(new ExtraDay(LocalDate.of(2026, 1, 9), ExtraDay.DEFAULT_NAME));
    assertThat(properties.extraWorkingDays(Country.RO)).containsExactly(LocalDate.of(2026, 1, 10));
    assertThat(properties.extraWorkingDays(Country.MD)).isEmpty();
  }

  @Test
  void givenAnExtraDayWithoutDate_whenBound_thenStartupFails() {
    assertThatThrownBy(() -> bind(Map.of(
        "dosar.calendar.extra-non-working-days.RO[0].name", "Zi fără dată")))
        .isInstanceOf(BindException.class);
  }

  @Test
  void givenExtraDays_whenCreated_thenTheListsCannotBeChangedAfterwards() {
    CalendarProperties properties = new CalendarProperties(null, null, null,
        Map.of(Country.RO, List.of(LocalDate.of(2026, 1, 10))));

    assertThatThrownBy(() -> properties.extraWorkingDays(Country.RO).add(LocalDate.now()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static CalendarProperties bind(Map<String, String> keys) {
    Binder binder = new Binder(List.of(new MapConfigurationPropertySource(keys)), null,
        ApplicationConversionService.getSharedInstance());
    return binder.bind("dosar.calendar", CalendarProperties.class).get();
  }
}
