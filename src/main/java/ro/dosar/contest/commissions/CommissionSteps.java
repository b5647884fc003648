package ro.dosar.contest.commissions;

import static ro.dosar.contest.ContestVariables.contestId;
import static ro.dosar.contest.ContestVariables.describe;
import static ro.dosar.contest.ContestVariables.optionalText;
import static ro.dosar.contest.ContestVariables.requireChoice;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.CommissionComposition;
import ro.dosar.commission.CommissionGenderBalance;
import ro.dosar.commission.CommissionKind;
import ro.dosar.commission.CommissionMember;
import ro.dosar.commission.CommissionRules;
import ro.dosar.commission.PostCategory;
import ro.dosar.commission.Secretary;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffDirectory;
import ro.dosar.commission.StaffRepository;
import ro.dosar.commission.ValidationResult;
import ro.dosar.commission.Violation;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.contest.ContestRepository;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.gender.CommissionGenderCheck.Finding;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.tasklist.FormRejection;

/**
 * The contest's commissions as HR drafts them (spec §3.1, Annex 4; PO.UVT-DRU-01 §8.1.5): the
 * draft checked against the commission rules, the HR records and the gender equality plan, and
 * the Rector's signature. Service tasks call them as {@code ${commissionSteps.<step>(execution)}};
 * a commission change reuses the same check. Constituting them is
 * {@link CommissionConstitutionSteps}.
 */
@Component
public class CommissionSteps {

  static final String SINGLE_GENDER =
      ro.dosar.gender.CommissionComposition.Status.SINGLE_GENDER.name();

  private final ContestRepository contests;
  private final StaffRepository staff;
  private final CommissionRules commissionRules;
  private final CommissionGenderBalance genderBalance;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final StaffDirectory directory;
  private final DocumentGeneration documents;

  public CommissionSteps(ContestRepository contests,
      StaffRepository staff,
      CommissionRules commissionRules,
      CommissionGenderBalance genderBalance,
      IdentityService identityService,
      WorkingDayCalendar calendar,
      StaffDirectory directory,
      DocumentGeneration documents) {
    this.contests = contests;
    this.staff = staff;
    this.commissionRules = commissionRules;
    this.genderBalance = genderBalance;
    this.identityService = identityService;
    this.calendar = calendar;
    this.directory = directory;
    this.documents = documents;
  }

  /**
   * Checks the composition HR drafted against the records of the people named (who they are,
   * their department, their gender) and, when every commission is named, prepares the exact
   * inputs of the gender equality plan's table (DMN-1) for the model's business rule tasks, one
   * per commission: {@code ccMemberCount}, {@code ccWomenCount}, {@code ccMenCount}, the same
   * with {@code csc}, and {@code genderEnforcementMode}, the institution's mode.
   * {@code commissionsNamed} says whether the tables can apply, {@code equalityPlanInForce}
   * whether they do: where the institution's plan is not in force today the model skips them.
   */
  public void checkCommissions(DelegateExecution execution) {
    CommissionsDraft draft = commissionsDraft(execution);
    execution.setVariable(Variables.COMMISSIONS_NAMED, draft.composition() != null);
    if (draft.composition() != null) {
      for (CommissionKind kind : List.of(CommissionKind.COMPETITION, CommissionKind.CONTESTATION)) {
        String prefix = kind == CommissionKind.COMPETITION ? "cc" : "csc";
        List<CommissionMember> members = draft.composition().members(kind);
        int women = CommissionGenderBalance.women(members);
        int men = CommissionGenderBalance.men(members);
        execution.setVariable(prefix + "MemberCount", women + men);
        execution.setVariable(prefix + "WomenCount", women);
        execution.setVariable(prefix + "MenCount", men);
      }
      execution.setVariable(Variables.EQUALITY_PLAN_IN_FORCE,
          draft.mode() != null);
      execution.setVariable(Variables.GENDER_ENFORCEMENT_MODE,
          draft.mode() == null ? null : draft.mode().name());
    }
  }

  /**
   * The verdict on the composition: the commission rules (§8.1.5) and the gender equality plan
   * (each commission on its own, DMN-1's answers as the business rule tasks left them in {@code
   * ccGenderStatus}, {@code ccGenderAction}, {@code ccUnderrepresentedGender} and the same with
   * {@code csc}); sets {@code commissionsValid} and, when not, {@code commissionViolations} (one
   * line per broken rule) for the form the model goes back to. Under SOFT a single-gender
   * commission is no violation but a warning, {@code commissionGenderWarning}, for those who
   * endorse and sign; a lawful composition's gender status, mode and justification are recorded
   * on the contest, where the Rector's signature looks for the justification.
   */
  public void recordCommissionsCheck(DelegateExecution execution) {
    CommissionsDraft draft = commissionsDraft(execution);
    List<Violation> violations = new ArrayList<>(draft.violations());
    List<Finding> genders = List.of();
    if (draft.composition() != null) {
      ValidationResult result = commissionRules.validate(draft.composition());
      violations.addAll(result.violations());
      genders = genderBalance.findings(draft.composition(), draft.mode(),
          kind -> decidedComposition(execution,
              kind == CommissionKind.COMPETITION ? "cc" : "csc"));
      violations.addAll(CommissionGenderBalance.violations(genders));
    }
    List<Violation> warnings = CommissionGenderBalance.warnings(genders);
    execution.setVariable(Variables.COMMISSIONS_VALID, violations.isEmpty());
    execution.setVariable(Variables.COMMISSION_VIOLATIONS, describe(violations));
    execution.setVariable(Variables.COMMISSION_GENDER_WARNING, describe(warnings));
    execution.setVariable(Variables.COMMISSIONS_TEXT, commissionsText(execution));
    if (violations.isEmpty()) {
      // The draft decisions (Annex 4, unsigned) for those who endorse and sign them.
      documents.later(execution.getProcessBusinessKey(), "contestDocumentSteps",
          "commissionDecisionsDraft", draft.contestId());
      contests.recordCommissionGender(draft.contestId(), new CommissionGender(
          CommissionGenderCheck.status(genders), modeName(draft.mode()),
          warnings.isEmpty() ? null : optionalText(
              execution.getVariable(Variables.COMMISSION_GENDER_JUSTIFICATION))));
    }
  }

  /** The form's field of the competition commission's alternates (a multi-select of ids). */
  public static final String ALTERNATES = "ccAlternates";

  /**
   * The server's re-check of the drafting form, before the task completes ("end" listener {@code
   * ${commissionsDraftCheck}}): who is chosen for what. Everyone named has a Dosar account and a
   * staff record (COM-04), the commission rules hold ({@link CommissionRules#validate}: nobody
   * twice in a commission, on both commissions, or both secretary and member; the secretary from
   * HR; sizes, presidents, leaders, sanctions) and so do the alternates' ({@link
   * CommissionRules#alternates}). A violation refuses the submission: the form stays with HR, the
   * violations in Romanian, people by name (the rules name them through the staff register). The gender equality plan's tables run after the task,
   * as before, and a finding of theirs still sends the draft back.
   */
  public void checkDraft(DelegateExecution task) {
    CommissionsDraft draft = commissionsDraft(task);
    List<Violation> violations = new ArrayList<>(draft.violations());
    List<String> alternateIds = alternateIds(task.getVariable(ALTERNATES));
    List<CommissionMember> alternates = new ArrayList<>();
    for (String id : alternateIds) {
      alternates.add(member(id, false, violations));
    }
    if (draft.composition() != null && violations.isEmpty()) {
      violations.addAll(commissionRules.validate(draft.composition()).violations());
      violations.addAll(commissionRules.alternates(draft.composition(), alternates));
    }
    if (!violations.isEmpty()) {
      throw FormRejection.reject("ccPresident", "Componența aleasă nu respectă regulile "
          + "comisiilor (§8.1.5); corectați alegerile și trimiteți din nou:\n"
          + describe(violations));
    }
  }

  /**
   * The alternates as the form sends them: a JSON list of user ids (Tasklist's multi-select), or
   * a list; nothing or an empty list when there are none. Anything else is refused, naming the
   * field.
   */
  static List<String> alternateIds(Object value) {
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    Object list = value;
    if (value instanceof org.camunda.spin.json.SpinJsonNode json) {
      list = json.isArray() ? json.elements().stream()
          .map(node -> node.isString() ? node.stringValue() : null).toList() : null;
    } else if (value instanceof String text) {
      try {
        list = new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, List.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        list = null;
      }
    }
    List<String> ids = new ArrayList<>();
    if (list instanceof java.util.Collection<?> items) {
      for (Object item : items) {
        String id = item instanceof String text ? optionalText(text) : null;
        if (id == null) {
          ids = null;
          break;
        }
        ids.add(id);
      }
    } else {
      ids = null;
    }
    if (ids == null) {
      throw FormRejection.reject(ALTERNATES, "Câmpul „Membri supleanți ai comisiei de concurs” "
          + "primește o listă de persoane din evidența de personal (identificatorii lor de "
          + "utilizator), de exemplu [\"membru7\"]; alegeți supleanții din listă.");
    }
    return ids;
  }

  /** The recorded mode: {@code null} where the institution's plan was not in force. */
  private static String modeName(EnforcementMode mode) {
    return mode == null ? null : mode.name();
  }

  /**
   * The commissions as the legal adviser and the Rector read them (markdown): each person by
   * name, department and post, presidents first, then the secretary.
   */
  String commissionsText(DelegateExecution execution) {
    StringBuilder text = new StringBuilder();
    for (String prefix : List.of("cc", "csc")) {
      text.append(text.isEmpty() ? "" : "\n\n").append("**").append("cc".equals(prefix)
          ? "Comisia de concurs" : "Comisia de soluționare a contestațiilor").append("**\n");
      String president = optionalText(execution.getVariable(prefix + "President"));
      if (president != null) {
        text.append("\n- Președinte: ").append(directory.describe(president));
      }
      for (int i = 1; i <= 4; i++) {
        String member = optionalText(execution.getVariable(prefix + "Member" + i));
        if (member != null) {
          text.append("\n- Membru: ").append(directory.describe(member));
        }
      }
    }
    List<String> alternates = alternateIds(execution.getVariable(ALTERNATES));
    if (!alternates.isEmpty()) {
      text.append("\n\n**Membri supleanți ai comisiei de concurs**\n");
      alternates.forEach(id -> text.append("\n- ").append(directory.describe(id)));
    }
    String secretary = optionalText(execution.getVariable(Variables.SECRETARY));
    if (secretary != null) {
      text.append("\n\n**Secretarul comisiilor**: ").append(directory.describe(secretary));
    }
    return text.toString();
  }

  /** DMN-1's answer for one commission, as the model's business rule task mapped it. */
  private static ro.dosar.gender.CommissionComposition decidedComposition(
      DelegateExecution execution, String prefix) {
    Object gender = execution.getVariable(prefix + "UnderrepresentedGender");
    return new ro.dosar.gender.CommissionComposition(
        ro.dosar.gender.CommissionComposition.Status.valueOf(
            (String) execution.getVariable(prefix + "GenderStatus")),
        ro.dosar.gender.CommissionComposition.Action.valueOf(
            (String) execution.getVariable(prefix + "GenderAction")),
        gender == null ? null : ro.dosar.gender.Gender.valueOf(gender.toString()));
  }

  /** The commissions as drafted, or the reasons they cannot even be composed. */
  private CommissionsDraft commissionsDraft(DelegateExecution execution) {
    List<Violation> violations = new ArrayList<>();
    List<CommissionMember> competition = members(execution, "cc", violations);
    List<CommissionMember> contestation = members(execution, "csc", violations);
    String secretaryId = optionalText(execution.getVariable(Variables.SECRETARY));
    Secretary secretary = null;
    if (secretaryId != null) {
      StaffMember record = staffRecord(secretaryId, violations);
      secretary = new Secretary(secretaryId, record == null ? null : record.department());
    }
    long id = contestId(execution);
    EnforcementMode mode = genderBalance.modeOn(contests.get(id).institutionCode(),
        calendar.today());
    CommissionComposition composition = violations.isEmpty() ? new CommissionComposition(
        PostCategory.valueOf((String) execution.getVariable(Variables.POST_CATEGORY)), competition,
        contestation, secretary, List.of()) : null;
    return new CommissionsDraft(id, mode, composition, violations);
  }

  private record CommissionsDraft(long contestId, EnforcementMode mode,
      CommissionComposition composition, List<Violation> violations) {
  }

  /**
   * The Rector's signature of the decisions (Annex 4): a yes/no; a "yes" is refused while a
   * commission is of a single gender under SOFT and HR has recorded no justification for it
   * (gender equality plan §6.4.3, DMN-1 rules 3–4).
   */
  public void checkSignature(DelegateExecution task) {
    if (!requireChoice(task, Variables.DECISIONS_SIGNED)) {
      return;
    }
    CommissionGender gender = contests.commissionGender(contestId(task));
    FormRejection.require(!SINGLE_GENDER.equals(gender.status())
            || !EnforcementMode.SOFT.name().equals(gender.mode())
            || gender.justification() != null,
        "decisionsSigned", "Deciziile nu pot fi semnate: o comisie este formată din persoane de "
            + "un singur gen, iar justificarea acestei componențe nu a fost înregistrată (planul "
            + "pentru egalitatea de gen, regim SOFT). Alegeți „Retrimit pentru modificări”, "
            + "pentru ca D.R.U. să înregistreze justificarea sau să recompună comisia.");
  }

  /**
   * The commission rules (§8.1.5) and the gender equality plan's check (DMN-1, each commission on
   * its own, in the institution's mode) on a composition of the contest given by user ids,
   * presidents first: the check of a modification decision (§8.5.3(1)).
   *
   * @param violations one line per broken rule; empty when lawful
   * @param genderWarning one line per single-gender commission under SOFT; empty when none
   * @param genderStatus {@code MIXED} or {@code SINGLE_GENDER}; {@code null} when unknown
   * @param mode the institution's enforcement mode; {@code null} where its plan is not in force
   */
  public record CompositionCheck(String violations, String genderWarning, String genderStatus,
      EnforcementMode mode) {
  }

  /**
   * The exact inputs of the gender equality plan's table (DMN-1) on a composition given by user
   * ids, for the business rule tasks of a modification decision's model, one per commission:
   * {@code ccMemberCount}, {@code ccWomenCount}, {@code ccMenCount}, the same with {@code csc}
   * (integers, over the members whose gender is recorded), {@code genderEnforcementMode} and
   * {@code equalityPlanInForce}, whether the model applies the tables at all.
   */
  public void compositionGenderInputs(DelegateExecution execution, long contestId,
      List<String> cc, List<String> csc) {
    EnforcementMode mode = genderBalance.modeOn(contests.get(contestId).institutionCode(),
        calendar.today());
    for (String prefix : List.of("cc", "csc")) {
      List<CommissionMember> members = new ArrayList<>();
      for (String userId : "cc".equals(prefix) ? cc : csc) {
        members.add(new CommissionMember(userId, false, false, false, List.of(), null, false,
            staff.find(userId).map(StaffMember::gender).orElse(null)));
      }
      int women = CommissionGenderBalance.women(members);
      int men = CommissionGenderBalance.men(members);
      execution.setVariable(prefix + "MemberCount", women + men);
      execution.setVariable(prefix + "WomenCount", women);
      execution.setVariable(prefix + "MenCount", men);
    }
    execution.setVariable(Variables.EQUALITY_PLAN_IN_FORCE, mode != null);
    execution.setVariable(Variables.GENDER_ENFORCEMENT_MODE, modeName(mode));
  }

  /**
   * The verdict on a composition of the contest given by user ids, presidents first (a
   * modification decision, §8.5.3(1)): the commission rules (§8.1.5) and the gender equality
   * plan, each commission on its own, from DMN-1's answers that the model's business rule tasks
   * left in {@code execution} ({@code ccGenderStatus}, {@code ccGenderAction}, {@code
   * ccUnderrepresentedGender}, the same with {@code csc}) where the institution's plan is in
   * force today; {@link #compositionGenderInputs} prepared their inputs.
   */
  public CompositionCheck checkComposition(long contestId, List<String> cc, List<String> csc,
      String secretaryId, DelegateExecution execution) {
    Contest contest = contests.get(contestId);
    PostCategory postCategory = contest.postCategory();
    EnforcementMode mode = genderBalance.modeOn(contest.institutionCode(), calendar.today());
    List<Violation> violations = new ArrayList<>();
    List<CommissionMember> competition = new ArrayList<>();
    for (int i = 0; i < cc.size(); i++) {
      competition.add(member(cc.get(i), i == 0, violations));
    }
    List<CommissionMember> contestation = new ArrayList<>();
    for (int i = 0; i < csc.size(); i++) {
      contestation.add(member(csc.get(i), i == 0, violations));
    }
    StaffMember record = staffRecord(secretaryId, violations);
    Secretary secretary = new Secretary(secretaryId, record == null ? null : record.department());
    List<Finding> genders = List.of();
    if (violations.isEmpty()) {
      CommissionComposition composition = new CommissionComposition(
          postCategory, competition, contestation, secretary, List.of());
      violations.addAll(commissionRules.validate(composition).violations());
      genders = genderBalance.findings(composition, mode, kind -> decidedComposition(execution,
          kind == CommissionKind.COMPETITION ? "cc" : "csc"));
      violations.addAll(CommissionGenderBalance.violations(genders));
    }
    return new CompositionCheck(describe(violations),
        describe(CommissionGenderBalance.warnings(genders)), CommissionGenderCheck.status(genders),
        mode);
  }

  private List<CommissionMember> members(DelegateExecution execution, String prefix,
      List<Violation> violations) {
    List<CommissionMember> members = new ArrayList<>();
    String president = optionalText(execution.getVariable(prefix + "President"));
    if (president != null) {
      members.add(member(president, true, violations));
    }
    for (int i = 1; i <= 4; i++) {
      String member = optionalText(execution.getVariable(prefix + "Member" + i));
      if (member != null) {
        members.add(member(member, false, violations));
      }
    }
    return members;
  }

  private CommissionMember member(String userId, boolean president, List<Violation> violations) {
    StaffMember record = staffRecord(userId, violations);
    return new CommissionMember(userId, president,
        record != null && record.leadershipPost(), record != null && record.unerasedSanction(),
        List.of(), record == null ? null : record.department(), false,
        record == null ? null : record.gender());
  }

  private StaffMember staffRecord(String userId, List<Violation> violations) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      violations.add(new Violation("COM-04", "Utilizatorul „" + userId
          + "” nu există în Dosar; numiți în comisie doar angajați cu cont de utilizator."));
      return null;
    }
    StaffMember record = staff.find(userId).orElse(null);
    if (record == null) {
      violations.add(new Violation("COM-04", "Pentru „" + directory.name(userId)
          + "” nu există fișa de personal "
          + "(departament, funcție de conducere, sancțiuni disciplinare); D.R.U. o completează "
          + "înainte ca persoana să fie numită în comisie (§8.1.5(2),(11),(12))."));
    }
    return record;
  }
}
