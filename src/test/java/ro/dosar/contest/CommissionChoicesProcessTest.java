package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.contest.ContestDriver.now;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.commission.CommissionController;
import ro.dosar.commission.CommissionMember;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.changes.CommissionChangeProcess;
import ro.dosar.contest.changes.CommissionChangeProcess.Elements;
import ro.dosar.gender.Gender;
import ro.dosar.support.ProcessTest;

/**
 * HR chooses the commissions' people by name and the commission rules apply while choosing: each
 * "who" select offers only people not chosen in another role, the secretary only from HR, the
 * alternates from the staff register; on submission the server re-checks every rule and refuses
 * a conflicting choice in Romanian, people by name, the task staying with HR.
 */
@ProcessTest
class CommissionChoicesProcessTest {

  static final List<String> CC = List.of("cch.cc.p", "cch.cc.m1", "cch.cc.m2");
  static final List<String> CSC = List.of("cch.csc.p", "cch.csc.m1", "cch.csc.m2");
  static final String SECRETARY = "cch.secretary";
  static final String HR_OFFICER = "cch.hr";
  static final List<String> WHO = List.of("ccPresident", "ccMember1", "ccMember2", "ccMember3",
      "ccMember4", "cscPresident", "cscMember1", "cscMember2", "cscMember3", "cscMember4",
      "secretary");

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  StaffRepository staff;
  @Autowired
  CommissionController commissionApi;

  ContestDriver contest;
  TaskService tasks;

  @BeforeEach
  void employees() {
    ContestDriver.employees(identity, staff, "cch.cc.p:Drept:leader", "cch.cc.m1:Economic",
        "cch.cc.m2:Economic", "cch.csc.p:Litere:leader", "cch.csc.m1:Juridic",
        "cch.csc.m2:Tehnic", SECRETARY + ":HR", "cch.alt1:Fizică", "cch.alt2:Chimie",
        HR_OFFICER + ":HR");
    User member = identity.createUserQuery().userId("cch.cc.m1").singleResult();
    member.setFirstName("Andrei");
    member.setLastName("Dumitrescu");
    identity.saveUser(member);
    staff.save(new StaffMember("cch.cc.m1", "Andrei Dumitrescu", "Economic", false, false,
        Gender.MALE));
    if (identity.createUserQuery().memberOfGroup("hr").userId(HR_OFFICER).count() == 0) {
      identity.createMembership(HR_OFFICER, "hr");
    }
    contest = new ContestDriver(engine);
    tasks = engine.getTaskService();
    now(LocalDate.of(2025, 8, 27), 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aConflictingChoiceIsRefusedOnSubmissionByNameAndTheFormStaysWithHr() {
    // Given the drafting task claimed by an HR officer
    contest.propose("VACANT", "EXECUTION").approveProposal();
    Task draft = contest.task("draftCommissionDecisions");
    tasks.claim(draft.getId(), HR_OFFICER);

    // When she chooses the same person for both commissions and the secretary as a member
    Map<String, Object> form = composition(CC, List.of("cch.csc.p", "cch.cc.m1", SECRETARY));

    // Then the submission is refused with the rules, people by name, nothing completed
    assertThatThrownBy(() -> tasks.complete(draft.getId(), form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Componența aleasă nu respectă regulile comisiilor (§8.1.5)")
        .hasMessageContaining("COM-09: Persoana „Andrei Dumitrescu” este membru atât în comisia "
            + "de concurs, cât și în comisia de soluționare")
        .hasMessageContaining("COM-03: Secretarul „" + SECRETARY + "” figurează și ca membru")
        .message().doesNotContain("„cch.cc.m1”");
    Task still = tasks.createTaskQuery().taskId(draft.getId()).singleResult();
    assertThat(still).as("the same task, still open").isNotNull();
    assertThat(still.getAssignee()).isEqualTo(HR_OFFICER);
    assertThat(contest.variable("ccPresident")).as("nothing stored").isNull();

    // When she corrects the choice, the draft goes on to the legal adviser
    tasks.complete(draft.getId(), composition(CC, CSC));
    assertThat(contest.task("endorseCommissionDecisions")).isNotNull();
  }

  @Test
  void alternatesAreChosenFromTheStaffRegisterAndCheckedOnTheServer() {
    contest.propose("VACANT", "EXECUTION").approveProposal();
    Task draft = contest.task("draftCommissionDecisions");

    // A free-text name, as the old text field took it, is refused naming the field
    Map<String, Object> typed = composition(CC, CSC);
    typed.put("ccAlternates", "Ion Popescu");
    assertThatThrownBy(() -> tasks.complete(draft.getId(), typed))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Câmpul „Membri supleanți ai comisiei de concurs” primește o listă");

    // A member of the contestation commission as the CC's alternate: he would sit on both
    Map<String, Object> onBoth = composition(CC, CSC);
    onBoth.put("ccAlternates", SpinValues.jsonValue("[\"cch.alt1\", \"cch.csc.m1\"]").create());
    assertThatThrownBy(() -> tasks.complete(draft.getId(), onBoth))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("COM-12: Membrul supleant „cch.csc.m1” este deja membru");

    // Someone not in Dosar
    Map<String, Object> unknown = composition(CC, CSC);
    unknown.put("ccAlternates", SpinValues.jsonValue("[\"cch.nobody\"]").create());
    assertThatThrownBy(() -> tasks.complete(draft.getId(), unknown))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("COM-04: Utilizatorul „cch.nobody” nu există în Dosar");

    // Two people from the register, as Tasklist's multi-select sends them: accepted, and the
    // legal adviser reads them by name
    Map<String, Object> lawful = composition(CC, CSC);
    lawful.put("ccAlternates", SpinValues.jsonValue("[\"cch.alt1\", \"cch.alt2\"]").create());
    tasks.complete(draft.getId(), lawful);
    assertThat(contest.task("endorseCommissionDecisions")).isNotNull();
    assertThat((String) contest.variable("commissionsText")).contains(
        "**Membri supleanți ai comisiei de concurs**", "- cch.alt1 — Fizică", "- cch.alt2 — Chimie");
  }

  @Test
  void eachSelectOffersOnlyPeopleNotChosenElsewhereAndTheSecretaryFromHr() throws IOException {
    // Given the drafting task with its choices from the staff register
    contest.propose("VACANT", "EXECUTION").approveProposal();
    Task draft = contest.task("draftCommissionDecisions");
    List<Map<String, Object>> staffChoices = choices(draft, "staffChoices");
    List<Map<String, Object>> secretaryChoices = choices(draft, "secretaryChoices");
    assertThat(secretaryChoices).extracting(choice -> choice.get("value"))
        .contains(SECRETARY, HR_OFFICER).doesNotContain("cch.cc.p", "cch.alt1");

    // When HR has chosen a president, a member of the CSC, the secretary and an alternate
    Map<String, Object> data = new HashMap<>();
    WHO.forEach(field -> data.put(field, null));
    data.put("ccPresident", "cch.cc.p");
    data.put("cscMember1", "cch.csc.m1");
    data.put("secretary", SECRETARY);
    data.put("ccAlternates", List.of("cch.alt1"));
    data.put("staffChoices", staffChoices);
    data.put("secretaryChoices", secretaryChoices);

    // Then the form's option lists (its FEEL expressions) leave them out of the other selects
    JsonNode form = new ObjectMapper().readTree(
        Files.readString(Path.of("forms/contest/contest-commissions.form")));
    assertThat(options(form, "ccMember1", data)).contains("cch.cc.m1", "cch.csc.p")
        .doesNotContain("cch.cc.p", "cch.csc.m1", SECRETARY, "cch.alt1");
    assertThat(options(form, "ccPresident", data)).contains("cch.cc.p")
        .doesNotContain("cch.csc.m1", SECRETARY);
    assertThat(options(form, "secretary", data)).contains(SECRETARY, HR_OFFICER)
        .doesNotContain("cch.cc.p", "cch.csc.m1", "cch.alt1");
    assertThat(options(form, "ccAlternates", data)).contains("cch.alt1", "cch.alt2")
        .doesNotContain("cch.cc.p", "cch.csc.m1", SECRETARY);
    // Every "who" select and the alternates take their options from such an expression
    for (String field : WHO) {
      assertThat(component(form, field).path("valuesExpression").asText())
          .as(field).contains("list contains([");
    }
  }

  @Test
  void theCommissionChangeTaskNamesTheMemberToReplaceByNameNotByUserId() {
    // Given constituted commissions
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);

    // When a member reports he cannot attend an activity
    contest.memberUnavailable("cch.cc.m1", "2025-09-05");

    // Then the head of structure's task names him by name and department, never by user id
    Task request = tasks.createTaskQuery().processInstanceId(contest.commissionChange().getId())
        .taskDefinitionKey(Elements.REQUEST_COMMISSION_CHANGE).singleResult();
    assertThat(request.getName()).endsWith(
        "Cerere de modificare a comisiei: înlocuirea membrului Andrei Dumitrescu — Economic, "
            + "funcție de execuție").doesNotContain("cch.cc.m1");
  }

  @Test
  void theApiNamesPeopleByNameFromTheStaffRegister() {
    // Given a composition sent to POST /api/commissions/validate with the same person on both
    CommissionController.ValidationRequest request = new CommissionController.ValidationRequest(
        "EXECUTION", List.of(apiMember("cch.cc.p", true), apiMember("cch.cc.m1", false),
            apiMember("cch.cc.m2", false)),
        List.of(apiMember("cch.csc.p", true), apiMember("cch.cc.m1", false),
            apiMember("cch.csc.m2", false)),
        new ro.dosar.commission.Secretary(SECRETARY, "HR"), List.of(), null, null, null);

    // When it is checked, the refusal names him as the register does, not by user id
    List<String> messages = commissionApi.validate(request).violations().stream()
        .map(violation -> violation.message()).toList();
    assertThat(messages).anySatisfy(message -> assertThat(message)
        .startsWith("Persoana „Andrei Dumitrescu” este membru atât în comisia de concurs"));
    assertThat(messages).noneMatch(message -> message.contains("„cch.cc.m1”"));
  }

  @Test
  void aCommissionChangeRefusedByTheRulesNamesTheReplacementByNameAndDepartment() {
    // Given constituted commissions and a sanctioned employee in the register
    staff.save(new StaffMember("cch.sanctioned", "Horia Sandu", "Chimie", false, true,
        Gender.MALE));
    if (identity.createUserQuery().userId("cch.sanctioned").count() == 0) {
      identity.saveUser(identity.newUser("cch.sanctioned"));
    }
    contest.propose("VACANT", "EXECUTION").approveProposal().constitute(CC, CSC, SECRETARY);

    // When the head of structure proposes him to replace a member of the CSC
    contest.memberUnavailable("cch.csc.m1", "2025-09-05");
    contest.completeChange("requestCommissionChange",
        Map.of("replacementMember", "cch.sanctioned"));

    // Then the violation names him by name and department
    assertThat(engine.getRuntimeService().getVariable(contest.commissionChange().getId(),
        CommissionChangeProcess.Variables.COMPOSITION_VIOLATIONS).toString())
        .contains("COM-08: Membrul „Horia Sandu” (Chimie) "
            + "din comisia de soluționare a contestațiilor are o sancțiune disciplinară neradiată")
        .doesNotContain("cch.sanctioned");
  }

  private static CommissionMember apiMember(String userId, boolean president) {
    return new CommissionMember(userId, president, false, false, List.of(), null, false,
        Gender.FEMALE);
  }

  private Map<String, Object> composition(List<String> cc, List<String> csc) {
    Map<String, Object> form = new HashMap<>();
    WHO.forEach(field -> form.put(field, null));
    form.put("ccPresident", cc.get(0));
    for (int i = 1; i < cc.size(); i++) {
      form.put("ccMember" + i, cc.get(i));
    }
    form.put("cscPresident", csc.get(0));
    for (int i = 1; i < csc.size(); i++) {
      form.put("cscMember" + i, csc.get(i));
    }
    form.put("secretary", SECRETARY);
    return form;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> choices(Task task, String name) throws IOException {
    Object value = tasks.getVariable(task.getId(), name);
    return new ObjectMapper().readValue(value.toString(), List.class);
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  /** The values a select offers: its FEEL expression evaluated on the form's data. */
  @SuppressWarnings("unchecked")
  private static List<String> options(JsonNode form, String key, Map<String, Object> data) {
    String expression = component(form, key).path("valuesExpression").asText().substring(1);
    Object result = new ScalaFeelEngineFactory().createInstance().evaluateSimpleExpression(
        expression, Variables.fromMap(data).asVariableContext());
    List<String> values = new ArrayList<>();
    for (Object option : (List<Object>) result) {
      values.add(((Map<String, Object>) option).get("value").toString());
    }
    return values;
  }
}
