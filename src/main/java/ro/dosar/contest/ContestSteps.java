package ro.dosar.contest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.CommissionComposition;
import ro.dosar.commission.CommissionGenderBalance;
import ro.dosar.commission.CommissionKind;
import ro.dosar.commission.CommissionMember;
import ro.dosar.commission.CommissionRules;
import ro.dosar.commission.MajorityVote;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.PostCategory;
import ro.dosar.commission.Secretary;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.commission.ValidationResult;
import ro.dosar.commission.Violation;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.contest.ContestRepository.CommissionGender;
import ro.dosar.equality.CommissionGenderCheck;
import ro.dosar.equality.CommissionGenderCheck.Finding;
import ro.dosar.equality.EnforcementMode;
import ro.dosar.equality.Gender;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.security.RoleGroups;
import ro.dosar.tasklist.Decider;
import ro.dosar.tasklist.FormRejection;

/**
 * The steps of {@code contestHiring} (bpmn/contest/contest-hiring.bpmn) up to the end of file
 * selection. Service tasks call them as {@code ${contest.<step>(execution)}}; the server-side
 * re-checks of task forms run as the user tasks' "end" listeners ({@link ContestFormChecks}). A
 * task that ends because it was cancelled (a deadline timer interrupted it) is not checked.
 *
 * <p>Each step reads the few variables the form set, writes the legal record (same transaction as
 * the engine step) and sets the few variables the model needs next: ids, dates, flags. A form whose
 * content breaks a rule is refused with a Romanian message ({@link FormRejection}); a composition
 * or an announcement that breaks the law sends the model back to the task with the reasons.
 */
@Component("contest")
@EnableConfigurationProperties(ContestProperties.class)
public class ContestSteps {

  static final String SELECTION = "SELECTION";
  private static final String SINGLE_GENDER =
      ro.dosar.equality.CommissionComposition.Status.SINGLE_GENDER.name();

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final MemberOpinionRepository opinions;
  private final StaffRepository staff;
  private final InstitutionRepository institutions;
  private final CommissionRules commissionRules;
  private final CommissionGenderBalance genderBalance;
  private final ContestTimelineService timelines;
  private final ContestCalendarCheck calendarCheck;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;
  private final RoleGroups roleGroups;
  private final ContestProperties properties;
  private final Clock clock;
  private final ContestMails mails;
  private final ContestDocumentSteps documents;
  private final ContestProgress progress;
  /** Documents are generated off the user's step (issue 20), by their own asynchronous job. */
  private final DocumentGeneration documentGeneration;

  public ContestSteps(ContestRepository contests, CandidateRepository candidates,
      MemberOpinionRepository opinions, StaffRepository staff,
      InstitutionRepository institutions, CommissionRules commissionRules,
      ContestTimelineService timelines, WorkingDayCalendar calendar,
      IdentityService identityService, RoleGroups roleGroups, ContestProperties properties,
      Clock clock, ContestMails mails, ContestDocumentSteps documents,
      CommissionGenderBalance genderBalance, ContestProgress progress,
      DocumentGeneration documentGeneration) {
    this.genderBalance = genderBalance;
    this.progress = progress;
    this.documentGeneration = documentGeneration;
    this.mails = mails;
    this.documents = documents;
    this.contests = contests;
    this.candidates = candidates;
    this.opinions = opinions;
    this.staff = staff;
    this.institutions = institutions;
    this.commissionRules = commissionRules;
    this.timelines = timelines;
    this.calendarCheck = new ContestCalendarCheck(timelines);
    this.calendar = calendar;
    this.identityService = identityService;
    this.roleGroups = roleGroups;
    this.properties = properties;
    this.clock = clock;
  }

  // ---- Proposal (spec §5, Annex 1) --------------------------------------------------------------

  /** The start form's re-check: a complete proposal of a registered institution. */
  public void checkProposal(DelegateExecution execution) {
    proposal(execution);
    String institution = institution(execution);
    FormRejection.require(institutions.findByCode(institution).isPresent(), "institutionCode",
        "Instituția „" + institution + "” nu este înregistrată în Dosar.");
  }

  private String institution(DelegateExecution execution) {
    Object code = execution.getVariable("institutionCode");
    return code == null ? properties.defaultInstitution() : code.toString();
  }

  /** Start: the proposal becomes a contest record; the instance gets the contest's business key. */
  public void register(DelegateExecution execution) {
    Proposal proposal = proposal(execution);
    String institution = institution(execution);
    long id = contests.insert(institution, proposal.postName(), proposal.structure(),
        proposal.postCategory(), proposal.vacancyType(), proposal.posts(),
        (String) execution.getVariable("proposedBy"), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(Contest.businessKey(id));
    execution.setVariable("contestId", id);
    status(execution, id, ContestStatus.PROPOSED, null);
  }

  /** HR may complete or modify the proposal before endorsing it (§8.1.2(3)). */
  public void updateProposal(DelegateExecution execution) {
    Proposal proposal = proposal(execution);
    contests.updateProposal(contestId(execution), proposal.postName(), proposal.structure(),
        proposal.postCategory(), proposal.vacancyType(), proposal.posts());
  }

  /** The Rector's decision on the proposal (§8.1.2(1)); a rejection must say why. */
  public void checkProposalDecision(DelegateExecution task) {
    if (!requireChoice(task, "proposalApproved")) {
      FormRejection.text(task.getVariable("rectorRemarks"), "rectorRemarks",
          "Motivul respingerii");
    }
  }

  /**
   * A yes/no decision of a task (approval, endorsement, signature) must be taken; the radio
   * button's "true"/"false" becomes a boolean variable the model's gateway reads.
   */
  public boolean requireChoice(DelegateExecution task, String field) {
    return FormRejection.choice(task, field);
  }


  public void approveProposal(DelegateExecution execution) {
    status(execution, contestId(execution), ContestStatus.APPROVED, null);
    document(execution, "proposal", contestId(execution));
  }

  public void rejectProposal(DelegateExecution execution) {
    status(execution, contestId(execution), ContestStatus.PROPOSAL_REJECTED,
        (String) execution.getVariable("rectorRemarks"));
  }

  private Proposal proposal(VariableScope scope) {
    String postName = FormRejection.text(scope.getVariable("postName"), "postName",
        "Denumirea postului");
    String structure = FormRejection.text(scope.getVariable("structure"), "structure",
        "Structura (facultate / departament)");
    String category = FormRejection.text(scope.getVariable("postCategory"), "postCategory",
        "Categoria postului");
    FormRejection.require(category.equals("EXECUTION") || category.equals("LEADERSHIP"),
        "postCategory", "Categoria postului trebuie să fie „de execuție” sau „de conducere”.");
    String vacancy = FormRejection.text(scope.getVariable("vacancyType"), "vacancyType",
        "Tipul postului");
    FormRejection.require(vacancy.equals("VACANT") || vacancy.equals("TEMPORARILY_VACANT"),
        "vacancyType", "Postul trebuie să fie „vacant” sau „temporar vacant”.");
    Object postsValue = scope.getVariable("postsCount");
    int posts = postsValue instanceof Number number ? number.intValue() : 1;
    FormRejection.require(posts >= 1 && posts <= 50, "postsCount",
        "Numărul de posturi trebuie să fie între 1 și 50.");
    return new Proposal(postName, structure, category, vacancy, posts);
  }

  private record Proposal(String postName, String structure, String postCategory,
      String vacancyType, int posts) {
  }

  // ---- Commissions (spec §3.1, Annex 4) ---------------------------------------------------------

  /**
   * Checks the composition HR drafted against the records of the people named (who they are,
   * their department, their gender) and, when every commission is named, prepares the exact
   * inputs of the gender equality plan's table (DMN-1) for the model's business rule tasks, one
   * per commission: {@code ccMemberCount}, {@code ccWomenCount}, {@code ccMenCount}, the same
   * with {@code csc}, and {@code genderEnforcementMode}, the institution's mode.
   * {@code commissionsNamed} says whether the tables apply.
   */
  public void checkCommissions(DelegateExecution execution) {
    CommissionsDraft draft = commissionsDraft(execution);
    execution.setVariable("commissionsNamed", draft.composition() != null);
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
      execution.setVariable("genderEnforcementMode", draft.mode().name());
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
    execution.setVariable("commissionsValid", violations.isEmpty());
    execution.setVariable("commissionViolations", describe(violations));
    execution.setVariable("commissionGenderWarning", describe(warnings));
    if (violations.isEmpty()) {
      contests.recordCommissionGender(draft.contestId(), new CommissionGender(
          CommissionGenderCheck.status(genders), draft.mode().name(),
          warnings.isEmpty() ? null : optionalText(
              execution.getVariable("commissionGenderJustification"))));
    }
  }

  /** DMN-1's answer for one commission, as the model's business rule task mapped it. */
  private static ro.dosar.equality.CommissionComposition decidedComposition(
      DelegateExecution execution, String prefix) {
    Object gender = execution.getVariable(prefix + "UnderrepresentedGender");
    return new ro.dosar.equality.CommissionComposition(
        ro.dosar.equality.CommissionComposition.Status.valueOf(
            (String) execution.getVariable(prefix + "GenderStatus")),
        ro.dosar.equality.CommissionComposition.Action.valueOf(
            (String) execution.getVariable(prefix + "GenderAction")),
        gender == null ? null : ro.dosar.equality.Gender.valueOf(gender.toString()));
  }

  /** The commissions as drafted, or the reasons they cannot even be composed. */
  private CommissionsDraft commissionsDraft(DelegateExecution execution) {
    List<Violation> violations = new ArrayList<>();
    List<CommissionMember> competition = members(execution, "cc", violations);
    List<CommissionMember> contestation = members(execution, "csc", violations);
    String secretaryId = optionalText(execution.getVariable("secretary"));
    Secretary secretary = null;
    if (secretaryId != null) {
      StaffMember record = staffRecord(secretaryId, violations);
      secretary = new Secretary(secretaryId, record == null ? null : record.department());
    }
    long id = contestId(execution);
    EnforcementMode mode = genderBalance.modeFor(contests.get(id).institutionCode());
    CommissionComposition composition = violations.isEmpty() ? new CommissionComposition(
        PostCategory.valueOf((String) execution.getVariable("postCategory")), competition,
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
    if (!requireChoice(task, "decisionsSigned")) {
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
   * @param mode the institution's enforcement mode
   */
  record CompositionCheck(String violations, String genderWarning, String genderStatus,
      EnforcementMode mode) {
  }

  CompositionCheck checkComposition(long contestId, List<String> cc, List<String> csc,
      String secretaryId) {
    Contest contest = contests.get(contestId);
    String postCategory = contest.postCategory();
    EnforcementMode mode = genderBalance.modeFor(contest.institutionCode());
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
          PostCategory.valueOf(postCategory), competition, contestation, secretary, List.of());
      violations.addAll(commissionRules.validate(composition).violations());
      genders = genderBalance.check(composition, mode);
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
      violations.add(new Violation("COM-04", "Pentru „" + userId + "” nu există fișa de personal "
          + "(departament, funcție de conducere, sancțiuni disciplinare); D.R.U. o completează "
          + "înainte ca persoana să fie numită în comisie (§8.1.5(2),(11),(12))."));
    }
    return record;
  }

  /**
   * The Rector signed both decisions: the commissions exist from today (COM-01). Their members
   * become the contest's own groups {@code cc-<id>} and {@code csc-<id>}, with Tasklist access,
   * so that commission work reaches only them.
   */
  public void constituteCommissions(DelegateExecution execution) {
    long id = contestId(execution);
    List<String> cc = memberIds(execution, "cc");
    List<String> csc = memberIds(execution, "csc");
    constitute(id, cc, csc, optionalText(execution.getVariable("secretary")), calendar.today(),
        contests.commissionGender(id).justification());
    execution.setVariable("ccMembers", cc);
    execution.setVariable("cscMembers", csc);
    execution.setVariable("ccPresidentUser", cc.get(0));
    execution.setVariable("cscPresidentUser", csc.get(0));
    execution.setVariable("contestStatus", ContestStatus.COMMISSIONS_CONSTITUTED.name());
    document(execution, "commissionDecisions", id);
  }

  /**
   * The commissions of a contest exist from {@code signedOn}: their members (presidents first)
   * are recorded, each seat with the member's gender as HR records it today, and become the
   * contest's groups, with Tasklist access; the contest records the gender status of its
   * commissions (DMN-1), the institution's mode and the justification of a single-gender one.
   * Also used when a restarted procedure keeps its still-valid commissions (OQ-31).
   */
  void constitute(long id, List<String> cc, List<String> csc, String secretary,
      LocalDate signedOn, String genderJustification) {
    for (int i = 0; i < cc.size(); i++) {
      contests.addCommissionMember(id, "CC", cc.get(i), i == 0, genderOf(cc.get(i)));
    }
    for (int i = 0; i < csc.size(); i++) {
      contests.addCommissionMember(id, "CSC", csc.get(i), i == 0, genderOf(csc.get(i)));
    }
    contests.addCommissionMember(id, "SECRETARY", secretary, false, genderOf(secretary));
    recordCommissionGender(id, genderJustification);
    group(Contest.competitionGroup(id), "Comisia de concurs — " + Contest.businessKey(id), cc);
    group(Contest.contestationGroup(id),
        "Comisia de soluționare a contestațiilor — " + Contest.businessKey(id), csc);
    contests.setCommissionsSigned(id, signedOn);
  }

  /** The gender HR recorded for the user; {@code null} when none. */
  Gender genderOf(String userId) {
    return staff.find(userId).map(StaffMember::gender).orElse(null);
  }

  /**
   * Records the gender status of the contest's sitting commissions (DMN-1 on the genders of their
   * seats, each commission on its own), the institution's mode and, for a single-gender
   * composition, its justification.
   */
  void recordCommissionGender(long id, String justification) {
    EnforcementMode mode = genderBalance.modeFor(contests.get(id).institutionCode());
    List<Finding> findings = new ArrayList<>();
    for (CommissionKind kind : CommissionKind.values()) {
      List<CommissionGenderCheck.Seat> seats = contests.validSeats(id,
          kind == CommissionKind.COMPETITION ? "CC" : "CSC");
      if (!seats.isEmpty()) {
        findings.add(genderBalance.check(kind, seats, mode));
      }
    }
    String status = CommissionGenderCheck.status(findings);
    contests.recordCommissionGender(id, new CommissionGender(status, mode.name(),
        SINGLE_GENDER.equals(status) ? justification : null));
  }

  /** A newcomer to a commission joins its group (a modification decision, §8.5.3(1)). */
  void joinGroup(String groupId, String userId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  void leaveGroup(String groupId, String userId) {
    identityService.deleteMembership(userId, groupId);
  }


  private List<String> memberIds(DelegateExecution execution, String prefix) {
    List<String> ids = new ArrayList<>();
    String president = optionalText(execution.getVariable(prefix + "President"));
    if (president != null) {
      ids.add(president);
    }
    for (int i = 1; i <= 4; i++) {
      String member = optionalText(execution.getVariable(prefix + "Member" + i));
      if (member != null) {
        ids.add(member);
      }
    }
    return ids;
  }

  private void group(String groupId, String name, List<String> members) {
    roleGroups.ensureGroup(groupId, name);
    roleGroups.grantGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String member : members) {
      identityService.createMembership(member, groupId);
    }
  }

  // ---- Announcement and publication (spec §6) ---------------------------------------------------

  /**
   * Checks every mandatory element of the announcement (§8.1.3(2), spec §6.2) and its calendar
   * (PUB-01 and the selection timeline, the interview at most 4 working days after the first test,
   * COM-01); sets {@code announcementValid} and {@code announcementViolations}.
   */
  public void checkAnnouncement(DelegateExecution execution) {
    List<Violation> violations = new ArrayList<>();
    requireElement(execution, "announcementNumber", "numărul de înregistrare al anunțului",
        "ANN-00", violations);
    requireElement(execution, "workingTime", "perioada și durata timpului de muncă",
        "ANN-a", violations);
    requireElement(execution, "contractType", "tipul contractului (determinată / nedeterminată)",
        "ANN-a", violations);
    if ("DETERMINATA".equals(execution.getVariable("contractType"))) {
      requireElement(execution, "contractPeriod", "perioada contractului pe durată determinată",
          "ANN-a", violations);
    }
    requireElement(execution, "requiredDocuments", "documentele dosarului de concurs",
        "ANN-b", violations);
    requireElement(execution, "submissionPlace", "locul de depunere a dosarelor", "ANN-b",
        violations);
    requireElement(execution, "secretaryContact", "datele de contact ale secretarului comisiei",
        "ANN-b", violations);
    requireConfirmed(execution, "generalConditionsIncluded",
        "condițiile generale de participare (§8.1.1(3) a–h)", "ANN-c", violations);
    requireElement(execution, "specificConditions", "condițiile specifice din fișa postului",
        "ANN-c", violations);
    requireConfirmed(execution, "administrativeCodeIncluded",
        "cerințele specifice prevăzute la art. 542 alin. (1) și (2) din OUG nr. 57/2019",
        "ANN-c", violations);
    requireElement(execution, "testPlace", "locul desfășurării probelor", "ANN-d", violations);
    requireElement(execution, "firstTestHour", "ora primei probe", "ANN-d", violations);
    requireElement(execution, "interviewHour", "ora interviului", "ANN-d", violations);
    requireElement(execution, "bibliography", "bibliografia", "ANN-e", violations);
    requireElement(execution, "submissionHour", "ora până la care se depun dosarele", "ANN-f",
        violations);
    LocalDate publication = date(execution, "publicationDate", "data publicării", violations);
    LocalDate firstTest = date(execution, "firstTestDate", "data primei probe", violations);
    LocalDate interview = date(execution, "interviewDate", "data interviului", violations);
    if (publication != null && firstTest != null) {
      violations.addAll(calendarViolations(execution,
          timelines.plan(vacancyType(execution), publication, firstTest), interview));
    }
    execution.setVariable("announcementValid", violations.isEmpty());
    execution.setVariable("announcementViolations", describe(violations));
  }

  private List<Violation> calendarViolations(DelegateExecution execution,
      ContestTimeline timeline, LocalDate interview) {
    LocalDate publication = timeline.publicationDate();
    List<Violation> violations = new ArrayList<>();
    // The same whole-calendar check as POST /api/contests/calendar and the public checker.
    List<ContestCalendarCheck.PlannedTest> tests = new ArrayList<>(List.of(
        new ContestCalendarCheck.PlannedTest(TestType.WRITTEN, timeline.firstTestDate(), null)));
    List<String> fields = new ArrayList<>(List.of("firstTestDate"));
    if (interview != null) {
      tests.add(new ContestCalendarCheck.PlannedTest(TestType.INTERVIEW, interview, null));
      fields.add("interviewDate");
    }
    calendarCheck.check(new ContestCalendarCheck.Proposal(timeline.vacancyType(), publication,
            null, null, null, tests, fields, null))
        .violations().forEach(v -> violations.add(new Violation(v.rule(), v.message())));
    LocalDate signed = contests.get(contestId(execution)).commissionsSignedOn();
    if (signed != null && publication.isBefore(signed)) {
      violations.add(new Violation("COM-01", "Comisiile au fost constituite la "
          + signed.format(DisplayDates.DAY)
          + "; anunțul nu poate fi publicat înainte (§8.1.5(1))."));
    }
    return violations;
  }

  /**
   * HR published the announcement on the date it states (headquarters, website, posturi.gov.ro).
   * The legal calendar runs from that date: it is checked again (a late publication can break
   * PUB-01) and stored, and the deadlines the model's timers wait for are set.
   */
  public void publish(DelegateExecution execution) {
    LocalDate publishedOn = calendar.today();
    LocalDate firstTest = localDate(execution.getVariable("firstTestDate"));
    LocalDate interview = localDate(execution.getVariable("interviewDate"));
    ContestTimeline timeline = timelines.plan(vacancyType(execution), publishedOn, firstTest);
    List<Violation> violations = calendarViolations(execution, timeline, interview);
    if (!violations.isEmpty()) {
      execution.setVariable("announcementValid", false);
      execution.setVariable("announcementViolations", "Anunțul a fost publicat la "
          + publishedOn.format(DisplayDates.DAY) + ", nu la data planificată:\n"
          + describe(violations));
      return;
    }
    long id = contestId(execution);
    contests.setTimeline(id, timeline);
    progress.recordPlan(id, localDate(execution.getVariable("publicationDate")), firstTest,
        interview);
    execution.setVariable("announcementValid", true);
    execution.setVariable("publishedOn", publishedOn.toString());
    execution.setVariable("submissionDeadline",
        timeline.submissionDeadline().format(DisplayDates.DAY));
    execution.setVariable("submissionDeadlineAt", closing(timeline.submissionDeadline()));
    execution.setVariable("selectionDeadline",
        timeline.selectionDeadline().format(DisplayDates.DAY));
    execution.setVariable("selectionDueAt", closing(timeline.selectionDeadline()));
    execution.setVariable("selectionDisplayDueAt", closing(timeline.selectionResultsDisplay()));
    status(execution, id, ContestStatus.PUBLISHED, null);
    document(execution, "announcement", id);
  }

  /** Asks for the contest document that {@code ContestDocumentSteps.method(contestId)} makes. */
  private void document(DelegateExecution execution, String method, long contestId) {
    documentGeneration.later(execution.getProcessBusinessKey(), "contestDocumentSteps", method,
        contestId);
  }

  /** Publication means all three channels of §8.1.3(1),(4); each is confirmed. */
  public void checkPublication(DelegateExecution task) {
    confirmed(task, "publishedAtHeadquarters", "afișarea anunțului la sediul instituției");
    confirmed(task, "publishedOnWebsite", "publicarea anunțului pe site");
    confirmed(task, "sentToNationalPortal", "transmiterea anunțului la posturi.gov.ro");
  }

  /** The selection minutes are signed and the results displayed before the round opens. */
  public void checkSelectionDisplay(DelegateExecution task) {
    confirmed(task, "selectionMinutesSigned", "semnarea procesului-verbal de selecție");
    confirmed(task, "selectionResultsDisplayed", "afișarea rezultatelor selecției");
  }

  private static void confirmed(DelegateExecution task, String field, String what) {
    FormRejection.require(Boolean.TRUE.equals(task.getVariable(field)), field,
        "Confirmați " + what + " înainte de a finaliza.");
  }

  // ---- Registration of files (spec §7) ----------------------------------------------------------

  /**
   * The secretary or the Registry registers a file (§8.1.4(5), §8.1.5(27)(a)): it gets its code,
   * the registration number. A file submitted after the deadline is refused and nothing is stored
   * (§8.2.1(1), §8.1.4(8)).
   */
  public void registerFile(DelegateExecution task) {
    long id = contestId(task);
    String name = FormRejection.text(task.getVariable("candidateName"), "candidateName",
        "Numele și prenumele candidatului");
    String channel = FormRejection.text(task.getVariable("channel"), "channel",
        "Modalitatea de depunere");
    FormRejection.require(Set.of("REGISTRY", "EMAIL", "PLATFORM").contains(channel), "channel",
        "Modalitatea de depunere trebuie să fie Registratura, e-mail sau platforma U.V.T.");
    LocalDateTime submittedAt = dateTime(task.getVariable("submittedAt"), "submittedAt",
        "Data și ora depunerii");
    Contest contest = contests.get(id);
    LocalDateTime deadline = contest.submissionDeadline().atTime(calendar.closingTime());
    FormRejection.require(!submittedAt.isAfter(deadline), "submittedAt",
        "Dosarul a fost depus la " + submittedAt.format(DisplayDates.DAY_TIME)
            + ", după termenul-limită de " + deadline.format(DisplayDates.DAY_TIME)
            + "; nu poate fi înregistrat (§8.2.1(1), §8.1.4(8)).");
    FormRejection.require(!submittedAt.toLocalDate().isBefore(contest.publicationDate()),
        "submittedAt", "Dosarul nu poate fi depus înainte de publicarea anunțului ("
            + contest.publicationDate().format(DisplayDates.DAY) + ").");
    FormRejection.require(!submittedAt.isAfter(LocalDateTime.now(clock)), "submittedAt",
        "Data și ora depunerii nu pot fi în viitor.");
    // Self-declared, for HR statistics only: a local variable of this task, never a process
    // variable the commission's tasks could read (gender equality plan, spec §6.4.4).
    ro.dosar.equality.DeclaredGender gender = ro.dosar.equality.DeclaredGender
        .parse(task.getVariable("candidateGender"))
        .orElseThrow(() -> FormRejection.reject("candidateGender",
            ro.dosar.equality.DeclaredGender.INVALID_MESSAGE));
    Set<FileDocument> documents = EnumSet.noneOf(FileDocument.class);
    for (FileDocument document : FileDocument.values()) {
      if (Boolean.TRUE.equals(task.getVariable(document.formKey()))) {
        documents.add(document);
      }
    }
    long code = candidates.register(id, name, optionalText(task.getVariable("candidateEmail")),
        optionalText(task.getVariable("candidatePhone")), channel, submittedAt,
        currentUser(), documents);
    candidates.setGender(code, gender);
    task.getProcessInstance().setVariable("lastRegisteredCode", code);
    this.documents.registrationForm(code);
    if (!"REGISTRY".equals(channel)) {
      mails.codeToSubmitter(code);
    }
  }

  /** The window closed: the files registered so far go to selection. */
  public void closeRegistration(DelegateExecution execution) {
    long id = contestId(execution);
    List<Long> codes = candidates.codesOfContest(id);
    execution.setVariable("candidateCodes", codes);
    execution.setVariable("candidateCount", codes.size());
    if (codes.isEmpty()) {
      status(execution, id, ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE,
          "Niciun dosar depus până la termenul-limită.");
    } else {
      status(execution, id, ContestStatus.SELECTION, null);
    }
  }

  // ---- File selection (spec §9) -----------------------------------------------------------------

  /**
   * Puts the candidate's file into the scope of its selection: what every member's task shows
   * (the code, never the name on anything public; the documents of the file).
   */
  public void loadFile(DelegateExecution execution) {
    long code = ((Number) execution.getVariable("candidateCode")).longValue();
    Set<FileDocument> documents = candidates.documents(code);
    execution.setVariableLocal("fileCode", String.valueOf(code));
    execution.setVariableLocal("opinionSubject", SELECTION);
    execution.setVariableLocal("opinionSubjectId", code);
    List<String> missing = new ArrayList<>();
    for (FileDocument document : FileDocument.values()) {
      execution.setVariableLocal(document.formKey(), documents.contains(document));
      if (document.required() && !documents.contains(document)) {
        missing.add(document.label());
      }
    }
    execution.setVariableLocal("missingDocuments",
        missing.isEmpty() ? "Dosarul conține toate documentele obligatorii."
            : "Lipsesc: " + String.join("; ", missing) + ".");
  }

  /**
   * One member's own decision on one file, recorded in his individual sheet (§8.2.1(2)). A
   * rejection must give the reason; every member declares that he is in none of the situations of
   * §8.1.5(14) towards the candidate.
   */
  public void recordSelectionOpinion(DelegateExecution task) {
    Boolean admits = decision(task.getVariable("selectionDecision"), "selectionDecision");
    String reason = optionalText(task.getVariable("selectionReason"));
    FormRejection.require(admits || reason != null, "selectionReason",
        "Motivați respingerea dosarului (§8.2.1(4)).");
    FormRejection.require(Boolean.TRUE.equals(task.getVariable("noConflictDeclared")),
        "noConflictDeclared", "Confirmați că nu vă aflați în conflict de interese cu candidatul "
            + "(§8.1.5(14)); dacă vă aflați, sesizați în scris conflictul și abțineți-vă.");
    long code = Long.parseLong((String) task.getVariable("fileCode"));
    opinions.record(SELECTION, code, Decider.of(task, "member"), admits, reason);
  }

  /**
   * The commission's decision on one file: the majority of the members' opinions (§8.2.1(5)).
   * Sets {@code minorityMembers}: each of them owes a reasoned separate opinion.
   */
  public void decideSelection(DelegateExecution execution) {
    long code = ((Number) execution.getVariable("candidateCode")).longValue();
    MajorityVote vote = MajorityVote.of(opinions.opinions(SELECTION, code),
        properties.evenSplitAdmits());
    String reason = vote.admits() ? null
        : RejectionReasons.ofCommission(opinions.reasons(SELECTION, code, false));
    candidates.setSelection(code, vote.admits() ? "ADMIS" : "RESPINS", reason);
    execution.setVariableLocal("minorityMembers", vote.minority());
  }

  /** The reasoned separate opinion of a member in the minority (§8.2.1(5), §8.5C(3)). */
  public void recordSeparateOpinion(DelegateExecution task) {
    String text = FormRejection.text(task.getVariable("separateOpinion"), "separateOpinion",
        "Opinia separată motivată");
    String subject = (String) task.getVariable("opinionSubject");
    long subjectId = Long.parseLong(task.getVariable("opinionSubjectId").toString());
    opinions.recordSeparateOpinion(subject, subjectId, Decider.of(task, "minorityMember"),
        text);
  }

  /** The selection minutes are signed and the results displayed (§8.2.1(3),(4)). */
  public void displaySelectionResults(DelegateExecution execution) {
    long id = contestId(execution);
    execution.setVariable("resultsDisplayedOn", calendar.today().toString());
    execution.setVariable("admittedCount", candidates.countAdmitted(id));
    status(execution, id, ContestStatus.SELECTION_CONTESTATIONS, null);
  }

  /**
   * Selection and its contestations are over: the admitted candidates go to the first test, or,
   * if none is left, the post is not filled.
   */
  public void closeSelection(DelegateExecution execution) {
    long id = contestId(execution);
    long admitted = candidates.countAdmitted(id);
    execution.setVariable("admittedCount", admitted);
    if (admitted == 0) {
      status(execution, id, ContestStatus.NOT_FILLED_NO_PASSING_CANDIDATE,
          "Niciun candidat admis la selecția dosarelor.");
    } else {
      status(execution, id, ContestStatus.SELECTION_COMPLETED, null);
    }
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  /** Form dates and times are Romanian local time (the calendar's default zone). */
  private static final java.time.ZoneId ZONE = ro.dosar.calendar.CalendarProperties.DEFAULT_ZONE;

  private void status(DelegateExecution execution, long id, ContestStatus status, String reason) {
    contests.setStatus(id, status, reason);
    execution.setVariable("contestStatus", status.name());
  }

  static long contestId(VariableScope scope) {
    return ((Number) scope.getVariable("contestId")).longValue();
  }

  private VacancyType vacancyType(VariableScope scope) {
    return VacancyType.valueOf((String) scope.getVariable("vacancyType"));
  }

  private Date closing(LocalDate day) {
    return calendar.workingDaysDeadline(day, 0);
  }

  private String currentUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? "sistem" : authentication.getUserId();
  }

  /** "ADMIS"/"RESPINS" from a radio group, as a boolean; refuses anything else. */
  static Boolean decision(Object value, String field) {
    FormRejection.require("ADMIS".equals(value) || "RESPINS".equals(value), field,
        "Alegeți „admis” sau „respins”.");
    return "ADMIS".equals(value);
  }

  static String optionalText(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }

  private static void requireElement(VariableScope scope, String field, String label,
      String rule, List<Violation> violations) {
    if (optionalText(scope.getVariable(field)) == null) {
      violations.add(new Violation(rule, "Anunțul trebuie să cuprindă " + label
          + " (§8.1.3(2))."));
    }
  }

  private static void requireConfirmed(VariableScope scope, String field, String label,
      String rule, List<Violation> violations) {
    if (!Boolean.TRUE.equals(scope.getVariable(field))) {
      violations.add(new Violation(rule, "Anunțul trebuie să cuprindă " + label
          + " (§8.1.3(2)); confirmați că este inclus."));
    }
  }

  private static LocalDate date(VariableScope scope, String field, String label,
      List<Violation> violations) {
    try {
      LocalDate date = localDate(scope.getVariable(field));
      if (date == null) {
        violations.add(new Violation("ANN-f", "Anunțul trebuie să cuprindă " + label
            + " (§8.1.3(2)(f))."));
      }
      return date;
    } catch (RuntimeException e) {
      violations.add(new Violation("ANN-f", "Data „" + scope.getVariable(field)
          + "” (" + label + ") nu este validă; folosiți formatul AAAA-LL-ZZ."));
      return null;
    }
  }

  /** A date from a form: ISO "yyyy-MM-dd" (form-js date fields) or a Date variable. */
  static LocalDate localDate(Object value) {
    return ro.dosar.tasklist.FormDates.localDate(value);
  }

  /** A date and time from a form-js datetime field ("2025-09-10T10:00", with or without zone). */
  static LocalDateTime dateTime(Object value, String field, String label) {
    String text = FormRejection.text(value, field, label);
    try {
      if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$"))) {
        return java.time.OffsetDateTime.parse(text)
            .atZoneSameInstant(ZONE).toLocalDateTime();
      }
      return LocalDateTime.parse(text);
    } catch (RuntimeException e) {
      throw FormRejection.reject(field, "„" + label + "”: valoarea „" + text
          + "” nu este o dată și oră valide (AAAA-LL-ZZTHH:MM).");
    }
  }

  private static String describe(List<Violation> violations) {
    return String.join("\n", violations.stream()
        .map(violation -> violation.rule() + ": " + violation.message()).toList());
  }
}
