package ro.dosar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** {@link FormDates}: the one reader of a form's date fields. */
class FormDatesTest {

  @Test
  void givenTheShapesAFormSends_whenRead_thenTheDay() {
    Date bucharestMidnight = Date.from(LocalDate.of(2026, 3, 2)
        .atStartOfDay(ZoneId.of("Europe/Bucharest")).toInstant());

    assertThat(FormDates.localDate("2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(FormDates.localDate(" 2026-03-02T10:00 ")).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(FormDates.localDate(bucharestMidnight)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(FormDates.localDate(" ")).isNull();
    assertThat(FormDates.localDate(null)).isNull();
  }

  @Test
  void givenARequiredDateMissing_whenRead_thenRefusedNamingTheField() {
    DelegateExecution task = task("hearingDate", "");

    assertThatThrownBy(() -> FormDates.date(task, "hearingDate", "Data ședinței"))
        .isInstanceOfSatisfying(FormFieldValidationException.class,
            e -> assertThat((Object) e.getDetail()).isEqualTo("hearingDate"))
        .hasMessageContaining("Câmpul „Data ședinței” este obligatoriu.");
  }

  @Test
  void givenSomethingThatIsNoDate_whenRead_thenRefusedWithTheExpectedFormat() {
    DelegateExecution task = task("hearingDate", "31.02.2026");

    assertThatThrownBy(() -> FormDates.optionalDate(task, "hearingDate", "Data ședinței"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("„Data ședinței” nu este o dată validă (AAAA-LL-ZZ).");
  }

  @Test
  void givenAnEmptyOptionalDate_whenRead_thenNone() {
    assertThat(FormDates.optionalDate(task("newInterviewDate", null), "newInterviewDate",
        "Noua dată a interviului")).isNull();
  }

  private static DelegateExecution task(String field, Object value) {
    DelegateExecution task = mock(DelegateExecution.class);
    when(task.getVariable(field)).thenReturn(value);
    return task;
  }
}
