package ro.dosar.discipline;

import static ro.dosar.calendar.DisplayDates.DAY;
import static ro.dosar.discipline.DisciplineVariables.category;
import static ro.dosar.discipline.DisciplineVariables.optional;
import static ro.dosar.discipline.DisciplineVariables.outcome;
import static ro.dosar.discipline.DisciplineVariables.setHardDeadline;
import static ro.dosar.tasklist.FormDates.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.discipline.DisciplinaryCaseProcess.Variables;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;
import ro.dosar.discipline.DisciplineProperties.KnowledgeDatePolicy;
import ro.dosar.gender.CommissionComposition;
import ro.dosar.gender.CommissionGenderCheck;
import ro.dosar.gender.EnforcementMode;
import ro.dosar.gender.Gender;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionProperties;
import ro.dosar.published.DisciplinaryCaseRegistered;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * A disciplinary case from its referral to its admissibility (process {@code disciplinaryCase},
 * spec internal-regulation §4.6 steps 1–5): the referral checked and registered with its sitting
 * commission, the summons and the admissibility decision. Called as
 * {@code ${referralSteps.<step>(execution)}}; the form re-checks are listener beans
 * ({@link DisciplineFormChecks}). Deadlines come from {@link DisciplineDeadlines}.
 */
@Component
public class ReferralSteps {

  private final DisciplinaryCaseRepository cases;
  private final DisciplineDeadlines deadlines;
  private final DisciplineProperties commission;
  private final StaffRepository staff;
  private final IdentityService identity;
  private final RoleGroups roleGroups;
  private final WorkingDayCalendar calendar;
  private final DisciplineDocuments documents;
  private final DisciplineMails mails;
  private final CommissionGenderCheck genderCheck;
  private final InstitutionProperties institutions;
  private final ApplicationEventPublisher events;

  public ReferralSteps(DisciplinaryCaseRepository cases,
      DisciplineDeadlines deadlines,
      DisciplineProperties commission,
      StaffRepository staff,
      IdentityService identity,
      RoleGroups roleGroups,
      WorkingDayCalendar calendar,
      DisciplineDocuments documents,
      DisciplineMails mails,
      CommissionGenderCheck genderCheck,
      InstitutionProperties institutions,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.commission = commission;
    this.staff = staff;
    this.identity = identity;
    this.roleGroups = roleGroups;
    this.calendar = calendar;
    this.documents = documents;
    this.mails = mails;
    this.genderCheck = genderCheck;
    this.institutions = institutions;
    this.events = events;
  }

  static final Set<String> REFERRER_ROLES = Set.of("DIRECTOR", "HEAD_OF_UNIT", "HARMED_PERSON");
  // ---- 1–2 Referral and registration ------------------------------------------------------------

  /** The written referral names a lawful referrer, an employee, the act and its date (Art. 30–31). */
  public void checkReferral(DelegateExecution execution) {
    FormRejection.require(commission.members().size() >= 3 && commission.secretary() != null,
        Variables.REFERRER_NAME, "Comisia de disciplină nu este constituită în Dosar (setările "
            + "dosar.discipline.president, members, alternates, secretary): o sesizare nu poate "
            + "fi înregistrată până atunci.");
    FormRejection.text(execution.getVariable(Variables.REFERRER_NAME), Variables.REFERRER_NAME,
        "Numele, prenumele, domiciliul și funcția autorului sesizării");
    Object role = execution.getVariable(Variables.REFERRER_ROLE);
    FormRejection.require(role != null && REFERRER_ROLES.contains(role.toString()),
        Variables.REFERRER_ROLE, "Alegeți calitatea autorului sesizării (Art. 30).");
    String accused = FormRejection.text(execution.getVariable(Variables.ACCUSED_USER),
        Variables.ACCUSED_USER,
        "Salariatul vizat (utilizator)");
    FormRejection.require(identity.createUserQuery().userId(accused).count() == 1,
        Variables.ACCUSED_USER, "Utilizatorul „" + accused + "” nu există.");
    FormRejection.text(execution.getVariable(Variables.ACCUSED_NAME), Variables.ACCUSED_NAME,
        "Numele, prenumele, domiciliul și compartimentul salariatului");
    category(execution);
    LocalDate offence = date(execution, Variables.OFFENCE_DATE, "Data faptei");
    FormRejection.require(!offence.isAfter(calendar.today()), Variables.OFFENCE_DATE,
        "Data faptei nu poate fi în viitor.");
    FormRejection.text(execution.getVariable(Variables.OFFENCE_DESCRIPTION),
        Variables.OFFENCE_DESCRIPTION,
        "Descrierea faptei");
    FormRejection.text(execution.getVariable(Variables.EVIDENCE), Variables.EVIDENCE,
        "Probele pe care se sprijină sesizarea");
    if (execution.getVariable(Variables.KNOWLEDGE_DATE) != null
        && !execution.getVariable(Variables.KNOWLEDGE_DATE).toString().isBlank()) {
      LocalDate known = date(execution, Variables.KNOWLEDGE_DATE,
          "Data la care angajatorul a luat cunoștință de faptă");
      FormRejection.require(!known.isBefore(offence) && !known.isAfter(calendar.today()),
          Variables.KNOWLEDGE_DATE,
              "Data la care angajatorul a luat cunoștință de faptă este între data "
              + "faptei și astăzi.");
    } else {
      FormRejection.require(category(execution) != EmployeeCategory.CONTRACTUAL
          || commission.knowledgeDatePolicy() != KnowledgeDatePolicy.EXPLICIT,
              Variables.KNOWLEDGE_DATE,
          "Indicați data la care angajatorul a luat cunoștință de faptă: de la ea curge termenul "
              + "de 30 de zile al sancționării (dosar.discipline.knowledge-date-policy = "
              + "EXPLICIT).");
    }
    checkCommissionGender(accused, optional(execution.getVariable(Variables.REFERRER_USER)));
  }

  /**
   * The gender equality plan on the commission this case would have (§6.4.3, DMN-1): a seated
   * member whose gender is not recorded, or a single-gender commission under HARD, stops the
   * referral; under SOFT a single-gender commission needs the Director's justification of the
   * standing commission ({@code dosar.discipline.commission-gender-justification}).
   */
  private void checkCommissionGender(String accused, String referrerUser) {
    CommissionGenderCheck.Finding gender = genderCheck(seating(accused, referrerUser));
    List<String> problems = gender.violations();
    FormRejection.require(problems.isEmpty(), Variables.ACCUSED_USER,
        "Sesizarea nu poate fi înregistrată: " + String.join(" ", problems));
    FormRejection.require(!gender.justificationRequired()
            || commission.commissionGenderJustification() != null, Variables.ACCUSED_USER,
        "Sesizarea nu poate fi înregistrată: " + gender.warning() + " Directorul nu a înregistrat "
            + "justificarea (setarea dosar.discipline.commission-gender-justification); "
            + "înregistrați-o sau numiți în comisie și persoane de celălalt gen.");
  }


  /**
   * Registered with the secretary (Art. 32): the case, its business key, its deadlines, and its
   * commission — a member who is the accused, the referrer, or in the accused's compartment (his
   * superior or subordinate) is replaced by the next alternate (DISC-13).
   */
  public void register(DelegateExecution execution) {
    EmployeeCategory category = category(execution);
    LocalDate offence = date(execution, Variables.OFFENCE_DATE, "Data faptei");
    LocalDate today = calendar.today();
    String accused = (String) execution.getVariable(Variables.ACCUSED_USER);
    LocalDate referralDeadline = deadlines.referralDeadline(offence);
    String known = optional(execution.getVariable(Variables.KNOWLEDGE_DATE));
    HardDeadline hard = deadlines.hardDeadline(category, offence, today,
        known == null ? null : LocalDate.parse(known.substring(0, 10)));
    long id = cases.insert(accused, (String) execution.getVariable(Variables.ACCUSED_NAME),
        category,
        (String) execution.getVariable(Variables.REFERRER_NAME), offence, today,
        today.isAfter(referralDeadline), hard, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(DisciplinaryCaseRepository.businessKey(id));
    execution.setVariable(Variables.CASE_ID, id);
    events.publishEvent(new DisciplinaryCaseRegistered(id, execution.getProcessInstanceId(),
        execution.getProcessInstance().getSuperExecution() == null ? null
            : execution.getProcessInstance().getSuperExecution().getProcessInstanceId()));
    execution.setVariable(Variables.REGISTRATION_DATE, today.toString());
    execution.setVariable(Variables.REFERRAL_DEADLINE, referralDeadline.toString());
    execution.setVariable(Variables.REFERRAL_LATE, today.isAfter(referralDeadline));
    execution.setVariable(Variables.PRESENT_DUE_AT,
        calendar.endOfDay(deadlines.presentToPresidentDue(today)));
    setHardDeadline(calendar, execution, hard);

    List<Seat> seats = seating(accused, (String) execution.getVariable(Variables.REFERRER_USER));
    List<String> seated = new ArrayList<>();
    for (Seat seat : seats) {
      cases.addMember(id, seat.userId(), seat.role(), seat.replaces(), genderOf(seat.userId()));
      seated.add(seat.userId());
    }
    cases.addMember(id, commission.secretary(), "SECRETARY", null,
        genderOf(commission.secretary()));
    commissionGenderInputs(execution, seats);
    String president = seated.contains(commission.president()) ? commission.president()
        : seated.get(0);
    String group = DisciplinaryCaseRepository.group(id);
    roleGroups.ensureGroup(group, "Comisia de disciplină — " + DisciplinaryCaseRepository
        .businessKey(id));
    roleGroups.grantGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String member : seated) {
      identity.createMembership(member, group);
    }
    execution.setVariable(Variables.DC_MEMBERS, seated);
    execution.setVariable(Variables.DC_PRESIDENT, president);
    execution.setVariable(Variables.DC_SECRETARY, commission.secretary());
    execution.setVariable(Variables.DC_GROUP, group);
  }

  /**
   * The exact inputs of the plan's table (DMN-1) on the seated commission, for the model's
   * business rule task {@code assessCommissionGender}: {@code dcMemberCount}, {@code
   * dcWomenCount}, {@code dcMenCount} (integers) and {@code genderEnforcementMode}; {@code
   * equalityPlanInForce} says whether the model applies the table at all (the institution's plan
   * in force today). A gender not recorded has already refused the referral ({@link
   * #checkReferral}).
   */
  private void commissionGenderInputs(DelegateExecution execution, List<Seat> seats) {
    EnforcementMode mode = genderCheck.modeOn(commissionInstitution(), calendar.today());
    int women = 0;
    int men = 0;
    for (Seat seat : seats) {
      Gender gender = genderOf(seat.userId());
      women += gender == Gender.FEMALE ? 1 : 0;
      men += gender == Gender.MALE ? 1 : 0;
    }
    execution.setVariable(DisciplinaryCaseProcess.Variables.EQUALITY_PLAN_IN_FORCE, mode != null);
    execution.setVariable(DisciplinaryCaseProcess.Variables.DC_MEMBER_COUNT, women + men);
    execution.setVariable(DisciplinaryCaseProcess.Variables.DC_WOMEN_COUNT, women);
    execution.setVariable(DisciplinaryCaseProcess.Variables.DC_MEN_COUNT, men);
    execution.setVariable(DisciplinaryCaseProcess.Variables.GENDER_ENFORCEMENT_MODE,
        mode == null ? null : mode.name());
  }

  /**
   * Records on the case the answer of {@code assessCommissionGender} ({@code dcGenderStatus},
   * {@code dcGenderAction}, mapped out of the task; the model calls this on the flow that leaves
   * it): the status, the mode and, where the table asks for one, the
   * Director's justification of the standing commission.
   */
  public void recordCommissionGender(DelegateExecution execution) {
    String action = (String) execution.getVariable(
        DisciplinaryCaseProcess.Variables.DC_GENDER_ACTION);
    cases.recordCommissionGender(DisciplinaryCaseProcess.caseId(execution),
        (String) execution.getVariable(DisciplinaryCaseProcess.Variables.DC_GENDER_STATUS),
        (String) execution.getVariable(DisciplinaryCaseProcess.Variables.GENDER_ENFORCEMENT_MODE),
        CommissionComposition.Action.JUSTIFICATION_REQUIRED.name().equals(action)
            ? commission.commissionGenderJustification() : null);
  }

  /** A seat of a case's commission: a member, or the alternate who replaces one. */
  private record Seat(String userId, String role, String replaces) {
  }

  /**
   * Who sits on the commission of a case against {@code accused}: a member who is the accused,
   * the referrer, or in the accused's compartment (his superior or subordinate) is replaced by the
   * next alternate without such a conflict (DISC-13).
   */
  private List<Seat> seating(String accused, String referrerUser) {
    String accusedDepartment = staff.find(accused).map(StaffMember::department).orElse(null);
    List<Seat> seats = new ArrayList<>();
    List<String> alternates = new ArrayList<>(commission.alternates());
    for (String member : commission.members()) {
      if (conflicted(member, accused, referrerUser, accusedDepartment)) {
        String sitting = alternates.stream().filter(a -> !conflicted(a, accused, referrerUser,
            accusedDepartment)).findFirst().orElseThrow(() -> FormRejection.reject(
            Variables.ACCUSED_USER,
                "Membrul „" + member + "” al comisiei de disciplină nu poate judeca "
                + "acest caz și niciun membru supleant nu îl poate înlocui fără conflict: "
                + "Directorul numește alți supleanți înainte ca sesizarea să fie înregistrată."));
        alternates.remove(sitting);
        seats.add(new Seat(sitting, "MEMBER", member));
      } else {
        seats.add(new Seat(member, member.equals(commission.president()) ? "PRESIDENT"
            : "MEMBER", null));
      }
    }
    return seats;
  }

  /**
   * DMN-1 on the case's commission, in the mode of the commission's institution; nothing is
   * checked where the institution's gender equality plan is not in force today.
   */
  private CommissionGenderCheck.Finding genderCheck(List<Seat> seats) {
    return genderCheck.check("comisia de disciplină", seats.stream()
        .map(seat -> new CommissionGenderCheck.Seat(seat.userId(), genderOf(seat.userId())))
        .toList(), genderCheck.modeOn(commissionInstitution(), calendar.today()));
  }

  /** The institution of the disciplinary commission: configured, or the first one. */
  private String commissionInstitution() {
    return commission.institution() != null ? commission.institution()
        : institutions.institutions().stream().findFirst().map(Institution::code).orElse(null);
  }

  private Gender genderOf(String userId) {
    return staff.find(userId).map(StaffMember::gender).orElse(null);
  }

  private boolean conflicted(String member, String accused, String referrerUser,
      String accusedDepartment) {
    if (member.equals(accused) || member.equals(referrerUser)) {
      return true;
    }
    return accusedDepartment != null && staff.find(member)
        .map(record -> accusedDepartment.equals(record.department())).orElse(false);
  }

  // ---- 4–5 Summons and admissibility -----------------------------------------------------------

  /** The hearing can be held only if the summons reached the parties 3 days before (Art. 32). */
  public void checkSchedule(DelegateExecution task) {
    LocalDate hearing = date(task, Variables.HEARING_DATE, "Data ședinței");
    LocalDate summons = date(task, Variables.SUMMONS_DELIVERED_DATE, "Data comunicării citației");
    FormRejection.text(task.getVariable(Variables.HEARING_PLACE), Variables.HEARING_PLACE,
        "Locul și ora ședinței");
    FormRejection.require(deadlines.summonsInTime(summons, hearing), Variables.HEARING_DATE,
        "Citația comunicată la " + summons.format(DisplayDates.DAY)
            + " permite ședința cel mai devreme la " + summons.plusDays(3).format(DisplayDates.DAY)
            + ": părțile se citează cu cel puțin 3 zile "
            + "înainte (Art. 32). Stabiliți altă dată sau comunicați o nouă citație.");
    documents.summons(task);
    mails.hearingNotice(task.getProcessBusinessKey(),
        (String) task.getVariable(Variables.ACCUSED_USER),
        hearing, task.getVariable(Variables.HEARING_PLACE).toString());
  }

  /** The commission's finding on the referral's procedural legality (Art. 33). */
  public void checkAdmissibility(DelegateExecution task) {
    FormRejection.choice(task, Variables.REFERRAL_LEGAL);
    FormRejection.text(task.getVariable(Variables.ADMISSIBILITY_REASONS),
        Variables.ADMISSIBILITY_REASONS,
        "Motivarea");
  }

  public void closeReferral(DelegateExecution execution) {
    outcome(cases, execution, "REFERRAL_CLOSED");
    documents.closingMinute(execution);
  }
}
