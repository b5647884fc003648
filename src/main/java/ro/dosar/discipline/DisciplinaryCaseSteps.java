package ro.dosar.discipline;

import static ro.dosar.tasklist.FormDates.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.commission.Violation;
import ro.dosar.discipline.DisciplineDeadlines.Applied;
import ro.dosar.discipline.DisciplineDeadlines.HardDeadline;
import ro.dosar.discipline.DisciplinaryCaseRepository.Sanction;
import ro.dosar.discipline.DisciplineProperties.KnowledgeDatePolicy;
import ro.dosar.equality.CommissionGenderCheck;
import ro.dosar.equality.Gender;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionProperties;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of a disciplinary case (process {@code disciplinaryCase}, spec internal-regulation
 * §4.6), called as {@code ${disciplineCase.<step>(execution)}}; the form re-checks are listener
 * beans ({@link DisciplineFormChecks}). Deadlines come from {@link DisciplineDeadlines}, the
 * legality of a sanction from {@link SanctionValidation}; nothing here counts days itself.
 */
@Component("disciplineCase")
public class DisciplinaryCaseSteps {

  static final Set<String> REFERRER_ROLES = Set.of("DIRECTOR", "HEAD_OF_UNIT", "HARMED_PERSON");
  static final Set<String> HEARING = Set.of("HEARD", "REFUSED_TO_APPEAR", "REFUSED_TO_SIGN",
      "ABSENT_OBJECTIVE_REASON", "SKIPPED");
  /** The hearing outcome that sends the case back to scheduling (spec §4.6 step 6a, Q12). */
  static final String RESCHEDULE = "ABSENT_OBJECTIVE_REASON";

  private final DisciplinaryCaseRepository cases;
  private final DisciplineDeadlines deadlines;
  private final SanctionValidation validation;
  private final DisciplineRules rules;
  private final DisciplineProperties commission;
  private final StaffRepository staff;
  private final IdentityService identity;
  private final ManagementService management;
  private final RoleGroups roleGroups;
  private final WorkingDayCalendar calendar;
  private final DisciplineDocuments documents;
  private final DisciplineMails mails;
  private final CommissionGenderCheck genderCheck;
  private final InstitutionProperties institutions;
  private final ApplicationEventPublisher events;

  public DisciplinaryCaseSteps(DisciplinaryCaseRepository cases, DisciplineDeadlines deadlines,
      SanctionValidation validation, DisciplineRules rules, DisciplineProperties commission,
      StaffRepository staff, IdentityService identity, ManagementService management,
      RoleGroups roleGroups, WorkingDayCalendar calendar, DisciplineDocuments documents,
      DisciplineMails mails, CommissionGenderCheck genderCheck,
      InstitutionProperties institutions, ApplicationEventPublisher events) {
    this.genderCheck = genderCheck;
    this.institutions = institutions;
    this.events = events;
    this.mails = mails;
    this.documents = documents;
    this.rules = rules;
    this.cases = cases;
    this.deadlines = deadlines;
    this.validation = validation;
    this.commission = commission;
    this.staff = staff;
    this.identity = identity;
    this.management = management;
    this.roleGroups = roleGroups;
    this.calendar = calendar;
  }

  // ---- 1–2 Referral and registration ------------------------------------------------------------

  /** The written referral names a lawful referrer, an employee, the act and its date (Art. 30–31). */
  public void checkReferral(DelegateExecution execution) {
    if (referralToWrite(execution)) {
      return;
    }
    FormRejection.require(commission.members().size() >= 3 && commission.secretary() != null,
        "referrerName", "Comisia de disciplină nu este constituită în Dosar (setările "
            + "dosar.discipline.president, members, alternates, secretary): o sesizare nu poate "
            + "fi înregistrată până atunci.");
    FormRejection.text(execution.getVariable("referrerName"), "referrerName",
        "Numele, prenumele, domiciliul și funcția autorului sesizării");
    Object role = execution.getVariable("referrerRole");
    FormRejection.require(role != null && REFERRER_ROLES.contains(role.toString()),
        "referrerRole", "Alegeți calitatea autorului sesizării (Art. 30).");
    String accused = FormRejection.text(execution.getVariable("accusedUser"), "accusedUser",
        "Salariatul vizat (utilizator)");
    FormRejection.require(identity.createUserQuery().userId(accused).count() == 1,
        "accusedUser", "Utilizatorul „" + accused + "” nu există.");
    FormRejection.text(execution.getVariable("accusedName"), "accusedName",
        "Numele, prenumele, domiciliul și compartimentul salariatului");
    category(execution);
    LocalDate offence = date(execution, "offenceDate", "Data faptei");
    FormRejection.require(!offence.isAfter(calendar.today()), "offenceDate",
        "Data faptei nu poate fi în viitor.");
    FormRejection.text(execution.getVariable("offenceDescription"), "offenceDescription",
        "Descrierea faptei");
    FormRejection.text(execution.getVariable("evidence"), "evidence",
        "Probele pe care se sprijină sesizarea");
    if (execution.getVariable("knowledgeDate") != null
        && !execution.getVariable("knowledgeDate").toString().isBlank()) {
      LocalDate known = date(execution, "knowledgeDate",
          "Data la care angajatorul a luat cunoștință de faptă");
      FormRejection.require(!known.isBefore(offence) && !known.isAfter(calendar.today()),
          "knowledgeDate", "Data la care angajatorul a luat cunoștință de faptă este între data "
              + "faptei și astăzi.");
    } else {
      FormRejection.require(category(execution) != EmployeeCategory.CONTRACTUAL
          || commission.knowledgeDatePolicy() != KnowledgeDatePolicy.EXPLICIT, "knowledgeDate",
          "Indicați data la care angajatorul a luat cunoștință de faptă: de la ea curge termenul "
              + "de 30 de zile al sancționării (dosar.discipline.knowledge-date-policy = "
              + "EXPLICIT).");
    }
    checkCommissionGender(accused, optional(execution.getVariable("referrerUser")));
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
    FormRejection.require(problems.isEmpty(), "accusedUser",
        "Sesizarea nu poate fi înregistrată: " + String.join(" ", problems));
    FormRejection.require(!gender.justificationRequired()
            || commission.commissionGenderJustification() != null, "accusedUser",
        "Sesizarea nu poate fi înregistrată: " + gender.warning() + " Directorul nu a înregistrat "
            + "justificarea (setarea dosar.discipline.commission-gender-justification); "
            + "înregistrați-o sau numiți în comisie și persoane de celălalt gen.");
  }

  /**
   * A case called by a harassment complaint starts without a written referral: the Equality
   * Officer writes it in the first task ({@code writeComplaintReferral}), checked there.
   */
  private static boolean referralToWrite(DelegateExecution execution) {
    return "referralSubmitted".equals(execution.getCurrentActivityId())
        && execution.getVariable(COMPLAINT_REFERENCE) != null;
  }

  /** The variable a calling complaint sets: its case reference, nothing of its content. */
  static final String COMPLAINT_REFERENCE = "complaintReference";

  /**
   * Registered with the secretary (Art. 32): the case, its business key, its deadlines, and its
   * commission — a member who is the accused, the referrer, or in the accused's compartment (his
   * superior or subordinate) is replaced by the next alternate (DISC-13).
   */
  public void register(DelegateExecution execution) {
    EmployeeCategory category = category(execution);
    LocalDate offence = date(execution, "offenceDate", "Data faptei");
    LocalDate today = calendar.today();
    String accused = (String) execution.getVariable("accusedUser");
    LocalDate referralDeadline = deadlines.referralDeadline(offence);
    String known = optional(execution.getVariable("knowledgeDate"));
    HardDeadline hard = deadlines.hardDeadline(category, offence, today,
        known == null ? null : LocalDate.parse(known.substring(0, 10)));
    long id = cases.insert(accused, (String) execution.getVariable("accusedName"), category,
        (String) execution.getVariable("referrerName"), offence, today,
        today.isAfter(referralDeadline), hard, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(DisciplinaryCaseRepository.businessKey(id));
    execution.setVariable("caseId", id);
    events.publishEvent(new DisciplinaryCaseRegistered(id, execution.getProcessInstanceId(),
        execution.getProcessInstance().getSuperExecution() == null ? null
            : execution.getProcessInstance().getSuperExecution().getProcessInstanceId()));
    execution.setVariable("registrationDate", today.toString());
    execution.setVariable("referralDeadline", referralDeadline.toString());
    execution.setVariable("referralLate", today.isAfter(referralDeadline));
    execution.setVariable("presentDueAt", calendar.endOfDay(deadlines.presentToPresidentDue(today)));
    setHardDeadline(execution, hard);

    List<Seat> seats = seating(accused, (String) execution.getVariable("referrerUser"));
    List<String> seated = new ArrayList<>();
    for (Seat seat : seats) {
      cases.addMember(id, seat.userId(), seat.role(), seat.replaces(), genderOf(seat.userId()));
      seated.add(seat.userId());
    }
    cases.addMember(id, commission.secretary(), "SECRETARY", null,
        genderOf(commission.secretary()));
    CommissionGenderCheck.Finding gender = genderCheck(seats);
    cases.recordCommissionGender(id, CommissionGenderCheck.status(List.of(gender)),
        gender.mode().name(),
        gender.justificationRequired() ? commission.commissionGenderJustification() : null);
    String president = seated.contains(commission.president()) ? commission.president()
        : seated.get(0);
    String group = DisciplinaryCaseRepository.group(id);
    roleGroups.ensureGroup(group, "Comisia de disciplină — " + DisciplinaryCaseRepository
        .businessKey(id));
    roleGroups.grantGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String member : seated) {
      identity.createMembership(member, group);
    }
    execution.setVariable("dcMembers", seated);
    execution.setVariable("dcPresident", president);
    execution.setVariable("dcSecretary", commission.secretary());
    execution.setVariable("dcGroup", group);
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
            "accusedUser", "Membrul „" + member + "” al comisiei de disciplină nu poate judeca "
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

  /** DMN-1 on the case's commission, in the mode of the commission's institution. */
  private CommissionGenderCheck.Finding genderCheck(List<Seat> seats) {
    String institution = commission.institution() != null ? commission.institution()
        : institutions.institutions().stream().findFirst().map(Institution::code).orElse(null);
    return genderCheck.check("comisia de disciplină", seats.stream()
        .map(seat -> new CommissionGenderCheck.Seat(seat.userId(), genderOf(seat.userId())))
        .toList(), genderCheck.modeFor(institution));
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
    LocalDate hearing = date(task, "hearingDate", "Data ședinței");
    LocalDate summons = date(task, "summonsDeliveredDate", "Data comunicării citației");
    FormRejection.text(task.getVariable("hearingPlace"), "hearingPlace", "Locul și ora ședinței");
    FormRejection.require(deadlines.summonsInTime(summons, hearing), "hearingDate",
        "Citația comunicată la " + summons.format(DisplayDates.DAY)
            + " permite ședința cel mai devreme la " + summons.plusDays(3).format(DisplayDates.DAY)
            + ": părțile se citează cu cel puțin 3 zile "
            + "înainte (Art. 32). Stabiliți altă dată sau comunicați o nouă citație.");
    documents.summons(task);
    mails.hearingNotice(task.getProcessBusinessKey(), (String) task.getVariable("accusedUser"),
        hearing, task.getVariable("hearingPlace").toString());
  }

  /** The commission's finding on the referral's procedural legality (Art. 33). */
  public void checkAdmissibility(DelegateExecution task) {
    FormRejection.choice(task, "referralLegal");
    FormRejection.text(task.getVariable("admissibilityReasons"), "admissibilityReasons",
        "Motivarea");
  }

  public void closeReferral(DelegateExecution execution) {
    outcome(execution, "REFERRAL_CLOSED");
    documents.closingMinute(execution);
  }

  // ---- 6–7 Investigation and report -------------------------------------------------------------

  /**
   * Contractual staff: the Director may suspend the contract during the investigation (Art. 52
   * lit. a)); a suspension has its period.
   */
  public void checkSuspension(DelegateExecution task) {
    if (FormRejection.choice(task, "suspendContract")) {
      LocalDate from = date(task, "suspendedFrom", "Suspendat de la");
      LocalDate until = date(task, "suspendedUntil", "Suspendat până la");
      FormRejection.require(!until.isBefore(from), "suspendedUntil",
          "Sfârșitul suspendării nu poate fi înaintea începutului.");
      cases.setSuspension(caseId(task), from, until);
    }
  }

  /** The hearing, on pain of nullity, or the minute of non-appearance / refusal (Art. 37(2)). */
  public void checkHearing(DelegateExecution task) {
    Object status = task.getVariable("hearingStatus");
    FormRejection.require(status != null && HEARING.contains(status.toString()), "hearingStatus",
        "Consemnați rezultatul audierii.");
    if (!"SKIPPED".equals(status)) {
      FormRejection.text(task.getVariable("hearingMinutes"), "hearingMinutes",
          "Nota de audiere / procesul-verbal");
    }
    if (RESCHEDULE.equals(status)) {
      int done = task.getVariable("hearingReschedules") instanceof Number n ? n.intValue() : 0;
      FormRejection.require(done < commission.maxReschedules(), "hearingStatus",
          commission.maxReschedules() == 0
          ? "Audierea nu se reprogramează (dosar.discipline.max-reschedules = 0): consemnați "
              + "neprezentarea într-un proces-verbal."
          : "Audierea a fost deja reprogramată de " + done + " ori, cât permite regulamentul "
              + "(dosar.discipline.max-reschedules = " + commission.maxReschedules() + "): consemnați "
              + "neprezentarea într-un proces-verbal.");
      task.getProcessInstance().setVariable("hearingReschedules", done + 1);
    }
    task.getProcessInstance().setVariable("hearingStatus", status.toString());
    documents.hearing(task);
  }

  /**
   * The commission's report: whether the act is an offence committed with guilt, its gravity,
   * and one proposal — a sanction of the catalogue within its bounds (DISC-20…25) or none.
   */
  public void checkReport(DelegateExecution task) {
    FormRejection.text(task.getVariable("reportFindings"), "reportFindings",
        "Faptele constatate, probele și apărările");
    boolean guilt = FormRejection.choice(task, "guiltEstablished");
    boolean grave = Boolean.TRUE.equals(task.getVariable("isGrave"));
    if (grave) {
      FormRejection.text(task.getVariable("gravityReasoning"), "gravityReasoning",
          "Motivarea gravității (Art. 27(2))");
    }
    String proposed = optional(task.getVariable("proposedSanction"));
    if (!guilt) {
      FormRejection.require(proposed == null || "NONE".equals(proposed), "proposedSanction",
          "Fără vinovăție nu se propune o sancțiune (Art. 26(2)).");
      task.getProcessInstance().setVariable("proposedSanction", "NONE");
      return;
    }
    FormRejection.require(proposed != null && !"NONE".equals(proposed), "proposedSanction",
        "Propuneți o sancțiune din catalog (Art. 35).");
    FormRejection.text(task.getVariable("individualisation"), "individualisation",
        "Individualizarea sancțiunii (Art. 37(1))");
    validate(task, proposed, grave);
    task.getProcessInstance().setVariable("proposedSanction", proposed);
    task.getProcessInstance().setVariable("isGrave", grave);
  }

  private void validate(DelegateExecution task, String code, boolean grave) {
    EmployeeCategory category = category(task);
    String hearing = (String) task.getVariable("hearingStatus");
    List<Violation> violations = validation.validate(new SanctionValidation.Proposal(category,
        code, integer(task, "sanctionPercent"), integer(task, "sanctionMonths"),
        integer(task, "sanctionDays"), integer(task, "sanctionYears"),
        hearing != null && !"SKIPPED".equals(hearing), grave,
        cases.unradiatedSanctions((String) task.getVariable("accusedUser")), 1));
    FormRejection.require(violations.isEmpty(), "proposedSanction", String.join(" ",
        violations.stream().map(v -> v.rule() + ": " + v.message()).toList()));
  }

  /**
   * The report is registered and sent to the Director: the sanction is due within 5 working
   * days (Art. 34). For contractual staff the employer learns of the act now, unless an earlier
   * date was given, and the 30-day limit starts (Labour Code art. 252(1)): the case's hard
   * deadline timer moves if that is earlier than the 6-month cap.
   */
  public void registerReport(DelegateExecution execution) {
    long id = caseId(execution);
    LocalDate today = calendar.today();
    EmployeeCategory category = category(execution);
    LocalDate knowledge = optional(execution.getVariable("knowledgeDate")) == null ? today
        : LocalDate.parse(execution.getVariable("knowledgeDate").toString().substring(0, 10));
    cases.setReport(id, today, knowledge);
    documents.report(execution);
    execution.setVariable("issueDueAt", calendar.endOfDay(deadlines.issueDue(today)));
    if (category == EmployeeCategory.CONTRACTUAL) {
      HardDeadline hard = deadlines.hardDeadline(category,
          date(execution, "offenceDate", "Data faptei"), today, knowledge);
      cases.setHardDeadline(id, hard);
      setHardDeadline(execution, hard);
      for (Job timer : management.createJobQuery()
          .processInstanceId(execution.getProcessInstanceId()).activityId("hardDeadlineReached")
          .list()) {
        management.setJobDuedate(timer.getId(), (Date) execution.getVariable("hardDeadlineAt"));
      }
    }
  }

  // ---- 8–9 Decision and sanction act ------------------------------------------------------------

  /** The Director's decision: the proposal, no sanction, or another sanction with reasons. */
  public void checkDecision(DelegateExecution task) {
    Object decision = task.getVariable("directorDecision");
    FormRejection.require(decision != null && Set.of("ADOPT_PROPOSAL", "NO_SANCTION",
        "DIFFERENT_SANCTION").contains(decision.toString()), "directorDecision",
        "Alegeți decizia.");
    String sanction = switch (decision.toString()) {
      case "ADOPT_PROPOSAL" -> (String) task.getVariable("proposedSanction");
      case "DIFFERENT_SANCTION" -> {
        FormRejection.text(task.getVariable("decisionReasons"), "decisionReasons",
            "Motivele pentru care aplicați altă sancțiune");
        String code = FormRejection.text(task.getVariable("directorSanction"),
            "directorSanction", "Sancțiunea aplicată");
        validate(task, code, Boolean.TRUE.equals(task.getVariable("isGrave")));
        yield code;
      }
      default -> "NONE";
    };
    FormRejection.require(!"ADOPT_PROPOSAL".equals(decision) || !"NONE".equals(sanction),
        "directorDecision", "Comisia nu a propus o sancțiune: alegeți „fără sancțiune” sau "
            + "„altă sancțiune”, motivat.");
    task.getProcessInstance().setVariable("appliedSanction", sanction);
  }

  public void noSanction(DelegateExecution execution) {
    outcome(execution, "CLOSED_NO_SANCTION");
  }

  /** The sanction act carries every element of §4.7 (Labour Code art. 252(2) for contractual). */
  public void checkAct(DelegateExecution task) {
    FormRejection.text(task.getVariable("actNumber"), "actNumber", "Numărul actului");
    FormRejection.text(task.getVariable("actDescription"), "actDescription",
        "Descrierea faptei care constituie abatere");
    FormRejection.text(task.getVariable("breachedProvisions"), "breachedProvisions",
        "Prevederile încălcate (regulament, fișa postului, contract)");
    FormRejection.text(task.getVariable("defenceReasons"), "defenceReasons",
        "Motivele înlăturării apărărilor sau ale necercetării");
    FormRejection.text(task.getVariable("legalBasis"), "legalBasis", "Temeiul de drept");
    FormRejection.text(task.getVariable("contestInfo"), "contestInfo",
        "Termenul și instanța de contestare");
  }

  public void recordSanction(DelegateExecution execution) {
    long id = caseId(execution);
    LocalDate today = calendar.today();
    cases.addSanction(id, (String) execution.getVariable("accusedUser"), category(execution),
        (String) execution.getVariable("appliedSanction"), integer(execution, "sanctionPercent"),
        integer(execution, "sanctionMonths"), integer(execution, "sanctionDays"),
        integer(execution, "sanctionYears"), (String) execution.getVariable("actNumber"), today);
    execution.setVariable("communicationDueAt",
        calendar.endOfDay(deadlines.communicationDue(category(execution), today)));
    documents.sanctionAct(execution);
    outcome(execution, "SANCTIONED");
  }

  /** The limitation date passed: no sanction; the Director, HR and the employee are told. */
  public void timeBarred(DelegateExecution execution) {
    outcome(execution, "TIME_BARRED");
    mails.timeBarred(execution.getProcessBusinessKey(),
        (String) execution.getVariable("accusedUser"),
        cases.find(caseId(execution)).orElseThrow().hardDeadline());
  }

  // ---- 10–13 Communication, contest, radiation --------------------------------------------------

  public void checkCommunication(DelegateExecution task) {
    Object method = task.getVariable("communicationMethod");
    FormRejection.require("HAND_SIGNATURE".equals(method) || "REGISTERED_LETTER".equals(method),
        "communicationMethod", "Alegeți modul de comunicare (Art. 37(4)).");
    LocalDate communicated = date(task, "communicationDate", "Data comunicării");
    FormRejection.require(!communicated.isAfter(calendar.today()), "communicationDate",
        "Data comunicării nu poate fi în viitor.");
  }

  /**
   * Communicated: the contractual decision takes effect; the contest window (contractual) and the
   * radiation date (from the communication date, Q17) are set.
   */
  public void recordCommunication(DelegateExecution execution) {
    long id = caseId(execution);
    EmployeeCategory category = category(execution);
    LocalDate communicated = date(execution, "communicationDate", "Data comunicării");
    SanctionTerms terms = decidedTerms(execution, category);
    LocalDate contest = deadlines.contestDeadline(category, communicated);
    LocalDate radiation = deadlines.radiationDate(terms, communicated,
        integer(execution, "sanctionMonths"), integer(execution, "sanctionDays"),
        integer(execution, "sanctionYears"));
    cases.communicate(id, communicated, contest, radiation);
    execution.setVariable("contestDeadlineAt", contest == null ? null : calendar.endOfDay(contest));
    execution.setVariable("radiationDate", radiation == null ? null : radiation.toString());
    execution.setVariable("radiationAt", radiation == null ? null : startOfDay(radiation));
    execution.setVariable("radiates", radiation != null);
  }

  /**
   * The answer of the business rule task lookUpSanctionTerms (table
   * disciplinarySanctionCatalogue) for the applied sanction; read once, then dropped.
   */
  private static SanctionTerms decidedTerms(DelegateExecution execution,
      EmployeeCategory category) {
    String code = (String) execution.getVariable("appliedSanction");
    Object answer = execution.getVariable("sanctionTerms");
    execution.removeVariable("sanctionTerms");
    if (!(answer instanceof Map<?, ?> terms) || !(terms.get("severityRank") instanceof Number rank)
        || !(terms.get("requiresPriorInvestigation") instanceof Boolean investigation)
        || !(terms.get("radiationRule") instanceof String radiation)) {
      throw new IllegalStateException(("Decision disciplinarySanctionCatalogue gives %s for %s "
          + "and %s. Check the table in dmn/discipline/").formatted(answer, category, code));
    }
    return new SanctionTerms(category, code, rank.intValue(), investigation,
        termInteger(terms, "minPercent"), termInteger(terms, "maxPercent"), termInteger(terms, "maxMonths"),
        termInteger(terms, "maxDays"), termInteger(terms, "maxYears"), RadiationRule.valueOf(radiation));
  }

  private static Integer termInteger(Map<?, ?> terms, String output) {
    return terms.get(output) instanceof Number number ? Math.toIntExact(number.longValue()) : null;
  }

  public void markFinal(DelegateExecution execution) {
    cases.setSanctionStatus(caseId(execution), "FINAL");
  }

  /** A court's (or ANFP's) outcome on a contested sanction. */
  public void applyCourtOutcome(DelegateExecution execution) {
    Object outcome = execution.getVariable("courtOutcome");
    FormRejection.require(outcome != null && Set.of("UPHELD", "ANNULLED").contains(
        outcome.toString()), "courtOutcome", "Rezultatul contestației: UPHELD sau ANNULLED.");
    if ("ANNULLED".equals(outcome)) {
      cases.setSanctionStatus(caseId(execution), "ANNULLED");
      outcome(execution, "SANCTION_ANNULLED");
    } else {
      cases.setSanctionStatus(caseId(execution), "FINAL");
    }
  }

  /**
   * Radiated de jure at its date (no rollover, TIME-5 a)): no longer a prior sanction. A
   * contractual sanction is held back while a newer one, applied within its 12 months, is on
   * record (Q19): the date moves to the newer one's radiation and the timer waits again.
   */
  public void radiate(DelegateExecution execution) {
    long id = caseId(execution);
    execution.setVariable("radiationPostponed", false);
    if (category(execution) == EmployeeCategory.CONTRACTUAL) {
      Sanction own = cases.sanctionOf(id).orElseThrow();
      LocalDate radiation = DisciplineDeadlines.radiationAfterNewerSanctions(
          new Applied(own.communicationDate(), own.radiationDate()),
          cases.appliedSanctions(own.accusedUser(), EmployeeCategory.CONTRACTUAL).stream()
              .map(s -> new Applied(s.communicationDate(), s.radiationDate())).toList());
      if (radiation.isAfter(calendar.today())) {
        cases.postponeRadiation(id, radiation);
        execution.setVariable("radiationDate", radiation.toString());
        execution.setVariable("radiationAt", startOfDay(radiation));
        execution.setVariable("radiationPostponed", true);
        return;
      }
    }
    cases.setSanctionStatus(id, "RADIATED");
    outcome(execution, "SANCTION_RADIATED");
  }

  /** Civil servants: HR sends the commission's report to ANFP (Art. 29 lit. c)). */
  public void checkAnfpReport(DelegateExecution task) {
    FormRejection.text(task.getVariable("anfpRegistration"), "anfpRegistration",
        "Numărul de înregistrare al transmiterii către A.N.F.P.");
  }

  /**
   * The radiation is recorded in writing: a decision for contractual staff (Labour Code art.
   * 248(3)), a note for civil servants (spec §4.8).
   */
  public void checkRadiationRecord(DelegateExecution task) {
    FormRejection.text(task.getVariable("radiationActNumber"), "radiationActNumber",
        "Numărul deciziei / notei de radiere");
  }

  // ---- helpers ----------------------------------------------------------------------------------


  private void outcome(DelegateExecution execution, String outcome) {
    cases.setStatus(caseId(execution), outcome);
    execution.setVariable("caseOutcome", outcome);
  }

  private void setHardDeadline(DelegateExecution execution, HardDeadline hard) {
    execution.setVariable("hardDeadline", hard.date().toString());
    execution.setVariable("hardDeadlineRule", hard.rule());
    execution.setVariable("hardDeadlineAt", calendar.endOfDay(hard.date()));
  }

  /** An act due on a day may be done until 24:00 of it (TIME-2): the timer fires after. */

  private Date startOfDay(LocalDate day) {
    return calendar.startOfDay(day);
  }

  static long caseId(DelegateExecution execution) {
    return ((Number) execution.getVariable("caseId")).longValue();
  }

  private static EmployeeCategory category(DelegateExecution execution) {
    Object value = execution.getVariable("employeeCategory");
    try {
      return EmployeeCategory.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw FormRejection.reject("employeeCategory",
          "Alegeți categoria: funcționar public sau personal contractual.");
    }
  }

  private static Integer integer(DelegateExecution execution, String field) {
    Object value = execution.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number number ? number.intValue()
          : Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      throw FormRejection.reject(field, "Valoarea „" + value + "” nu este un număr întreg.");
    }
  }

  private static String optional(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
