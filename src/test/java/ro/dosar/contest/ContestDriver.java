package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Messages;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.changes.CommissionChangeProcess;
import ro.dosar.contest.selection.FileSelectionJobs;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.gender.Gender;
import ro.dosar.support.TestLogin;

/**
 * Walks a contest through the process as its people would, through the engine's API: each step
 * completes the task with what the form would send. Keeps test scenarios short and readable.
 */
public class ContestDriver {

  public static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

  public final ProcessEngine engine;
  public final RuntimeService runtime;
  public final TaskService tasks;
  public final ManagementService management;
  public final IdentityService identity;
  public ProcessInstance instance;
  public long contestId;
  /** The code of the last file registered through this driver. */
  long lastCode;
  /** The gender the next registered candidates declare; null leaves the form field out. */
  public String candidateGender;

  public ContestDriver(ProcessEngine engine) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
  }

  /**
   * Users with HR records, so that they can sit on commissions. A spec is {@code
   * "userId:department"}, optionally followed by {@code ":leader"} and/or {@code ":F"} / {@code
   * ":M"} (the gender). Without a gender, the people of one call are women and men by turns
   * (the first a woman), so that commissions drawn from consecutive people are mixed, as the
   * gender equality plan wants.
   */
  /**
   * The contest the candidate self-service tests start from: the staff of both commissions and
   * the secretary under one prefix ({@code p.cc.p}, {@code p.cc.m1}, {@code p.cc.m2},
   * {@code p.csc.p}, {@code p.csc.m1}, {@code p.csc.m2}, {@code p.secretary}), a vacant execution
   * post proposed on 29.10.2025 and published on 03.11.2025 (written test 25.11.2025, interview
   * 26.11.2025, plus the announcement's {@code extra} fields). The clock stands at 03.11.2025 09:00.
   */
  public static ContestDriver published(ProcessEngine engine, IdentityService identity,
      StaffRepository staff, String prefix, Map<String, Object> extra) {
    employees(identity, staff, prefix + ".cc.p:Drept:leader", prefix + ".cc.m1:Economic",
        prefix + ".cc.m2:Economic", prefix + ".csc.p:Litere:leader", prefix + ".csc.m1:Juridic",
        prefix + ".csc.m2:Tehnic", prefix + ".secretary:HR");
    now(LocalDate.of(2025, 10, 29), 9);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal()
        .constitute(List.of(prefix + ".cc.p", prefix + ".cc.m1", prefix + ".cc.m2"),
            List.of(prefix + ".csc.p", prefix + ".csc.m1", prefix + ".csc.m2"),
            prefix + ".secretary")
        .announce(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 25),
            LocalDate.of(2025, 11, 26), extra);
    now(LocalDate.of(2025, 11, 3), 9);
    contest.publish();
    return contest;
  }

  public static void employees(IdentityService identity, StaffRepository staff, String... specs) {
    for (int i = 0; i < specs.length; i++) {
      String[] parts = specs[i].split(":");
      if (identity.createUserQuery().userId(parts[0]).count() == 0) {
        User user = identity.newUser(parts[0]);
        user.setPassword(parts[0]);
        identity.saveUser(user);
      }
      List<String> flags = List.of(parts).subList(Math.min(2, parts.length), parts.length);
      Gender gender = flags.contains("F") ? Gender.FEMALE : flags.contains("M") ? Gender.MALE
          : i % 2 == 0 ? Gender.FEMALE : Gender.MALE;
      staff.save(new StaffMember(parts[0], parts[0], parts[1], flags.contains("leader"), false,
          gender));
    }
  }

  /**
   * Does the work as the user, with his groups and his institutions' tenants, as a login does;
   * logs out afterwards. Every step a test takes as a user goes through here.
   */
  public <T> T as(String user, List<String> groups, Supplier<T> work) {
    return TestLogin.asUser(identity, user, groups, work);
  }

  public static void now(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant()));
  }

  public ContestDriver propose(String vacancyType, String postCategory) {
    return propose(vacancyType, postCategory, true, false);
  }

  /** A proposal with the given tests (written and/or practical, then the interview). */
  public ContestDriver propose(String vacancyType, String postCategory, boolean writtenTest,
      boolean practicalTest) {
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("postName", "Administrator financiar");
    proposal.put("structure", "Direcția Economică");
    proposal.put("postCategory", postCategory);
    proposal.put("vacancyType", vacancyType);
    proposal.put("postsCount", 1L);
    proposal.put("duties", "Evidența contabilă.");
    proposal.put("bibliography", "Legea nr. 82/1991.");
    proposal.put("writtenTest", writtenTest);
    proposal.put("practicalTest", practicalTest);
    instance = as("sef", List.of("head-of-structure"),
        () -> runtime.startProcessInstanceByKey(ContestHiringProcess.KEY, proposal));
    contestId = ((Number) runtime.getVariable(instance.getId(), Variables.CONTEST_ID)).longValue();
    return this;
  }

  public ContestDriver approveProposal() {
    return approveProposal(false);
  }

  /**
   * The proposal and the methodology approved; the methodology chooses whether the file
   * selection is anonymous (gender equality plan §6.4.5), with the reason when it is not.
   */
  public ContestDriver approveProposal(boolean anonymousFirstStage) {
    complete("reviewProposal", Map.of("hrEndorsed", true));
    complete("approveProposal", Map.of("proposalApproved", "true"));
    Map<String, Object> methodology = new HashMap<>();
    methodology.put("methodology", "Selecție, probă scrisă, interviu.");
    methodology.put("anonymousFirstStage", String.valueOf(anonymousFirstStage));
    if (!anonymousFirstStage) {
      methodology.put("anonymousFirstStageReason",
          "Regulamentul concursului cere identificarea candidaților la selecția dosarelor.");
    }
    complete("draftMethodology", methodology);
    complete("approveMethodology", Map.of("methodologyApproved", "true"));
    return this;
  }

  public ContestDriver draftCommissions(List<String> cc, List<String> csc, String secretary) {
    return draftCommissions(cc, csc, secretary, Map.of());
  }

  /** The draft with more fields of the form, such as {@code commissionGenderJustification}. */
  public ContestDriver draftCommissions(List<String> cc, List<String> csc, String secretary,
      Map<String, Object> more) {
    Map<String, Object> decision = new HashMap<>(more);
    for (String prefix : List.of("cc", "csc")) {
      for (int i = 1; i <= 4; i++) {
        decision.put(prefix + "Member" + i, null);
      }
    }
    put(decision, "cc", cc);
    put(decision, "csc", csc);
    decision.put("secretary", secretary);
    complete("draftCommissionDecisions", decision);
    return this;
  }

  private static void put(Map<String, Object> decision, String prefix, List<String> members) {
    decision.put(prefix + "President", members.get(0));
    for (int i = 1; i < members.size(); i++) {
      decision.put(prefix + "Member" + i, members.get(i));
    }
  }

  public ContestDriver signCommissions() {
    complete("endorseCommissionDecisions", Map.of("legalEndorsed", "true"));
    complete("signCommissionDecisions", Map.of("decisionsSigned", "true"));
    return this;
  }

  public ContestDriver constitute(List<String> cc, List<String> csc, String secretary) {
    return draftCommissions(cc, csc, secretary).signCommissions();
  }

  public ContestDriver announce(LocalDate publication, LocalDate firstTest) {
    return announce(publication, firstTest, firstTest);
  }

  public ContestDriver announce(LocalDate publication, LocalDate firstTest, LocalDate interview) {
    return announce(publication, firstTest, interview, Map.of());
  }

  /** The announcement with more fields (the gender equality plan's statement and checklist). */
  public ContestDriver announce(LocalDate publication, LocalDate firstTest, LocalDate interview,
      Map<String, Object> more) {
    Map<String, Object> announcement = announcement(publication, firstTest, interview);
    announcement.putAll(more);
    complete("prepareAnnouncement", announcement);
    return this;
  }

  /**
   * What HR's announcement form sends for a complete, lawful announcement with this calendar
   * (written test at 10:00, interview at 14:00); a test changes what its case needs.
   */
  public static Map<String, Object> announcement(LocalDate publication, LocalDate firstTest,
      LocalDate interview) {
    Map<String, Object> announcement = new HashMap<>();
    announcement.put("announcementNumber", "100/2025");
    announcement.put("workingTime", "8 ore/zi");
    announcement.put("contractType", "NEDETERMINATA");
    announcement.put("requiredDocuments", "§8.1.4(1)");
    announcement.put("submissionPlace", "Registratura");
    announcement.put("secretaryContact", "0256/592159");
    announcement.put("generalConditionsIncluded", true);
    announcement.put("specificConditions", "Studii superioare");
    announcement.put("administrativeCodeIncluded", true);
    announcement.put("testPlace", "Sala 045");
    announcement.put("publicationDate", publication.toString());
    announcement.put("submissionHour", "16:00");
    announcement.put("firstTestDate", firstTest.toString());
    announcement.put("firstTestHour", "10:00");
    announcement.put("interviewDate", interview.toString());
    announcement.put("interviewHour", "14:00");
    announcement.put("bibliography", "Legea nr. 82/1991.");
    return announcement;
  }

  public ContestDriver publish() {
    complete("publishAnnouncement", Map.of("publishedAtHeadquarters", true,
        "publishedOnWebsite", true, "sentToNationalPortal", true));
    return this;
  }

  /** Registers a file stamped at the given time; returns its code. */
  public long registerFile(String name, LocalDateTime submittedAt, String documents) {
    Map<String, Object> file = new HashMap<>();
    file.put("candidateName", name);
    file.put("channel", "REGISTRY");
    file.put("submittedAt", submittedAt.toString());
    if (candidateGender != null) {
      file.put("candidateGender", candidateGender);
    }
    for (FileDocument document : FileDocument.values()) {
      file.put(document.formKey(), documents.indexOf(document.name().charAt(0)) >= 0);
    }
    complete("registerFile", file);
    return ((Number) runtime.getVariable(instance.getId(),
        Variables.LAST_REGISTERED_CODE)).longValue();
  }

  /** The code of the file registered last. */
  long lastRegistered() {
    return ((Number) runtime.getVariable(instance.getId(),
        Variables.LAST_REGISTERED_CODE)).longValue();
  }

  /**
   * The timer of the running window (submission or contestation) fires. After the submission
   * window, the file selection's jobs run too (the job executor's work), so that the members'
   * selection tasks exist.
   */
  public ContestDriver closeWindow() {
    boolean submission = contestationRound() == null;
    fireWindowTimer();
    if (submission) {
      FileSelectionJobs.executeAll(management, instance.getId());
    }
    return this;
  }

  /** Only the timer of the running window fires; nothing the job executor would do next. */
  public ContestDriver fireWindowTimer() {
    Job timer = management.createJobQuery().timers().activityId(windowTimer()).list().stream()
        .filter(job -> job.getProcessInstanceId().equals(currentInstanceId()))
        .findFirst().orElseThrow();
    management.executeJob(timer.getId());
    return this;
  }

  private String windowTimer() {
    return contestationRound() == null ? "submissionDeadlineReached"
        : "contestationDeadlineReached";
  }

  /** The running contestation round called from the contest, if any. */
  public ProcessInstance contestationRound() {
    return called("contestationRound");
  }

  /** The running test stage called from the contest, if any. */
  public ProcessInstance testStage() {
    return called("testStage");
  }

  private ProcessInstance called(String key) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey(key).singleResult();
  }

  private String currentInstanceId() {
    ProcessInstance round = contestationRound();
    return round == null ? instance.getId() : round.getId();
  }

  /** A member's own decision on a file. */
  public ContestDriver select(String member, long code, boolean admits, String reason) {
    Task task = memberTask("selectFile", member, code);
    Map<String, Object> opinion = new HashMap<>();
    opinion.put("selectionDecision", admits ? "ADMIS" : "RESPINS");
    opinion.put("selectionReason", reason);
    opinion.put("noConflictDeclared", true);
    tasks.complete(task.getId(), opinion);
    return this;
  }

  public ContestDriver separateOpinion(String member, long code, String text) {
    Task task = memberTask("writeSeparateOpinion", member, code);
    tasks.complete(task.getId(), Map.of("separateOpinion", text));
    return this;
  }

  /** The selection tasks of this contest (in the files' own instances, see FileSelectionProcess). */
  public TaskQuery selectionTasks() {
    return FileSelectionProcess.tasksOf(tasks, Contest.businessKey(contestId));
  }

  public Task memberTask(String key, String member, long code) {
    return tasks.createTaskQuery().taskDefinitionKey(key).taskAssignee(member).list().stream()
        .filter(task -> String.valueOf(code).equals(tasks.getVariable(task.getId(),
            Variables.FILE_CODE)))
        .findFirst().orElseThrow(() -> new AssertionError(
            "No task " + key + " for " + member + " on file " + code));
  }

  public ContestDriver displaySelection() {
    complete("displaySelectionResults", Map.of("selectionMinutesSigned", true,
        "selectionResultsDisplayed", true));
    return this;
  }

  public ContestDriver contest(long code, String number, LocalDateTime filedAt) {
    Task task = roundTask("registerContestation");
    tasks.complete(task.getId(), Map.of("contestedCode", String.valueOf(code),
        "contestationNumber", number, "contestationFiledAt", filedAt.toString(),
        "contestationGrounds", "Dosarul este complet."));
    return this;
  }

  public ContestDriver decideContestation(String member, long code, boolean admits) {
    Task task = memberTask("decideContestation", member, code);
    tasks.complete(task.getId(), Map.of("contestationDecision", admits ? "ADMIS" : "RESPINS",
        "contestationReason", admits ? "Condițiile sunt îndeplinite." : "Lipsesc documente.",
        "noConflictDeclared", true));
    return this;
  }

  public Task roundTask(String key) {
    return tasks.createTaskQuery().processInstanceId(contestationRound().getId())
        .taskDefinitionKey(key).singleResult();
  }

  public Task task(String key) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as("active task " + key).isNotNull();
    return task;
  }

  public void complete(String key, Map<String, Object> variables) {
    tasks.complete(task(key).getId(), variables);
  }

  public Object variable(String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /**
   * The spec's worked example up to the registration of files: the proposal approved and the
   * commissions constituted on Wed 27 Aug 2025, the announcement published on Mon 1 Sep 2025;
   * the clock is left on Wed 10 Sep 2025, 12:00, inside the submission window.
   */
  public ContestDriver toRegistration(List<String> cc, List<String> csc, String secretary,
      LocalDate firstTest, LocalDate interview) {
    now(LocalDate.of(2025, 8, 27), 9);
    approveProposal().constitute(cc, csc, secretary)
        .announce(LocalDate.of(2025, 9, 1), firstTest, interview);
    now(LocalDate.of(2025, 9, 1), 9);
    publish();
    now(LocalDate.of(2025, 9, 10), 12);
    return this;
  }

  /**
   * The spec's worked example up to the first test: published Mon 1 Sep 2025, {@code files}
   * complete files registered on 10 Sep, every one admitted by every member, the selection
   * contestation window closed without contestations on Fri 19 Sep 2025. Returns the codes.
   */
  public long[] toFirstTest(List<String> cc, List<String> csc, String secretary, int files,
      LocalDate firstTest, LocalDate interview) {
    toRegistration(cc, csc, secretary, firstTest, interview);
    long[] codes = new long[files];
    for (int i = 0; i < files; i++) {
      codes[i] = registerFile("Candidat " + i, LocalDateTime.of(2025, 9, 10, 9, i), "ABDEFGHI");
    }
    now(LocalDate.of(2025, 9, 15), 17);
    closeWindow();
    for (String member : cc) {
      for (long code : codes) {
        select(member, code, true, null);
      }
    }
    now(LocalDate.of(2025, 9, 18), 9);
    displaySelection();
    now(LocalDate.of(2025, 9, 19), 17);
    closeWindow();
    return codes;
  }

  // ---- changing a commission (spec contest §8.5.3) --------------------------------------------

  /** A member reports being unavailable for an activity of the contest (message start). */
  public void memberUnavailable(String member, String activityDate) {
    var correlation = engine.getRuntimeService().createMessageCorrelation(
        Messages.COMMISSION_MEMBER_UNAVAILABLE).processInstanceBusinessKey("CONCURS-" + contestId);
    correlation.setVariablesToTriggeredScope(Map.of("unavailableMember", member, "activityDate",
        activityDate, "unavailabilityReason", "Deplasare în interes de serviciu."));
    correlation.correlate();
  }

  /** The contest's running commission change, or {@code null} when there is none. */
  public ProcessInstance commissionChange() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CommissionChangeProcess.KEY)
        .processInstanceBusinessKey("CONCURS-" + contestId).singleResult();
  }

  /** Completes the commission change's task with that key. */
  public void completeChange(String key, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(commissionChange().getId()).taskDefinitionKey(key).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }
}
