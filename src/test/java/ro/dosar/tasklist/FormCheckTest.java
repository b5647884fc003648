package ro.dosar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** {@link FormCheck}: a check runs when the task was completed, never when it was cancelled. */
class FormCheckTest {

  private final List<DelegateExecution> checked = new ArrayList<>();
  private final FormCheck check = task -> {
    checked.add(task);
    FormRejection.text(task.getVariable("reason"), "reason", "Motivul");
  };

  @Test
  void givenACompletedTask_whenItEnds_thenTheCheckRunsAndRefusesAnEmptyField() {
    DelegateExecution task = mock(DelegateExecution.class);
    when(task.isCanceled()).thenReturn(false);

    assertThatThrownBy(() -> check.notify(task))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Câmpul „Motivul” este obligatoriu.");
    assertThat(checked).containsExactly(task);
  }

  @Test
  void givenACancelledTask_whenItEnds_thenNothingIsChecked() throws Exception {
    DelegateExecution task = mock(DelegateExecution.class);
    when(task.isCanceled()).thenReturn(true);

    check.notify(task);

    assertThat(checked).isEmpty();
  }
}
