package ro.dosar.contest.commissions;

import static ro.dosar.contest.ContestVariables.contestId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import java.util.List;
import ro.dosar.commission.Secretary;
import ro.dosar.commission.StaffDirectory;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.changes.CommissionChangeProcess.Variables;
import ro.dosar.institution.InstitutionScope;

/**
 * HR composes the commissions by choosing people from the staff register, not by typing user ids:
 * when the drafting task is created, its local variable {@code staffChoices} (JSON, the options of
 * the form's "who" selects) lists everyone on staff of the contest's institution by name,
 * department and post; the value chosen is the user id, which the server checks as before
 * ({@link CommissionSteps#checkCommissions}). The same for the replacement in a commission change,
 * whose task also gets {@code changedMemberName}. Named in the models as {@code
 * ${commissionStaffChoices}} ("create" task listener).
 */
@Component
public class CommissionStaffChoices implements TaskListener {

  public static final String VARIABLE = "staffChoices";
  /** The choices for the secretary: the people of the HR department only. */
  public static final String SECRETARY_VARIABLE = "secretaryChoices";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ContestRepository contests;
  private final StaffDirectory directory;
  private final InstitutionScope institutions;
  private final WorkingDayCalendar calendar;
  private final StaffRepository staff;

  public CommissionStaffChoices(ContestRepository contests, StaffDirectory directory,
      InstitutionScope institutions, WorkingDayCalendar calendar, StaffRepository staff) {
    this.staff = staff;
    this.contests = contests;
    this.directory = directory;
    this.institutions = institutions;
    this.calendar = calendar;
  }

  private static org.camunda.spin.plugin.variable.value.JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void notify(DelegateTask task) {
    String institution = contests.get(contestId(task.getExecution())).institutionCode();
    List<StaffDirectory.Choice> choices = directory.choices(calendar.today(),
        user -> institutions.ofUser(user).contains(institution));
    task.setVariableLocal(VARIABLE, json(choices));
    // The secretary is someone from HR (COM-03): the rule's own test of the department.
    task.setVariableLocal(SECRETARY_VARIABLE, json(choices.stream()
        .filter(choice -> staff.find(choice.value())
            .map(record -> new Secretary(choice.value(), record.department()).isFromHr())
            .orElse(false))
        .toList()));
    Object changed = task.getVariable(Variables.CHANGED_MEMBER);
    if (changed != null) {
      // A commission change: the member to replace, by name.
      task.setVariableLocal(Variables.CHANGED_MEMBER_NAME, directory.describe(changed.toString()));
    }
  }
}
