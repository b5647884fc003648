package ro.dosar.contest.commissions;

import static ro.dosar.contest.ContestVariables.contestId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffDirectory;
import ro.dosar.contest.ContestRepository;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ContestRepository contests;
  private final StaffDirectory directory;
  private final InstitutionScope institutions;
  private final WorkingDayCalendar calendar;

  public CommissionStaffChoices(ContestRepository contests, StaffDirectory directory,
      InstitutionScope institutions, WorkingDayCalendar calendar) {
    this.contests = contests;
    this.directory = directory;
    this.institutions = institutions;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String institution = contests.get(contestId(task.getExecution())).institutionCode();
    try {
      task.setVariableLocal(VARIABLE, SpinValues.jsonValue(JSON.writeValueAsString(
          directory.choices(calendar.today(),
              user -> institutions.ofUser(user).contains(institution)))).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Object changed = task.getVariable("changedMember");
    if (changed != null) {
      // A commission change: the member to replace, by name.
      task.setVariableLocal("changedMemberName", directory.describe(changed.toString()));
    }
  }
}
