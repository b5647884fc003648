package ro.dosar.contest;

import static ro.dosar.gender.Gender.FEMALE;
import static ro.dosar.gender.Gender.MALE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.selection.FileSelectionJobs;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.ops.StartupRecords;

/**
 * Demo profile only: three contests at Universitatea de Vest din Timișoara for vacant execution
 * posts, walked through the real process by the demo users, so that a commission member who logs
 * into Tasklist finds work at once:
 * <ul>
 *   <li>CONCURS-1, published eleven working days ago, four files (one incomplete), waits at file
 *       selection;</li>
 *   <li>CONCURS-2, published sixteen working days ago, three files all admitted, waits at the
 *       scoring of its written test (sealed papers), held on the previous working day (so that
 *       its score sheets are open whatever the hour the demo starts);</li>
 *   <li>CONCURS-3, published two working days ago, no file yet: open for applications, so that
 *       a newcomer can apply online and follow his file (issue 18 item 5).</li>
 * </ul>
 * To get there the engine clock is set to each day the demo acts on, then reset; this runs
 * before the job executor starts.
 */
@Component
@Profile("demo")
@Order(40)
class DemoContest implements ApplicationRunner {

  static final String POST_NAME = "Referent de specialitate, Serviciul Resurse Umane";
  static final String SECOND_POST_NAME = "Economist, Serviciul Financiar-Contabil";
  static final String THIRD_POST_NAME = "Secretar, Secretariatul Facultății de Drept";
  private static final Logger log = LoggerFactory.getLogger(DemoContest.class);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final StaffRepository staff;
  private final WorkingDayCalendar calendar;
  private final StartupRecords startup;
  private final DemoContestWalk walk;

  DemoContest(RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, IdentityService identityService,
      StaffRepository staff, WorkingDayCalendar calendar, StartupRecords startup) {
    this.startup = startup;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.staff = staff;
    this.calendar = calendar;
    this.walk = new DemoContestWalk(runtimeService, taskService, identityService, calendar);
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    boolean first = startup.claim("demo-contests");
    // A record of its own: an installation that made the first two gets the third at its next
    // start.
    boolean open = startup.claim("demo-contest-open");
    if (!first && !open) {
      return;
    }
    recordStaff();
    if (first && none(POST_NAME)) {
      atFileSelection();
    }
    if (first && none(SECOND_POST_NAME)) {
      atWrittenTestScoring();
    }
    if (open && none(THIRD_POST_NAME)) {
      openForApplications();
    }
  }

  private boolean none(String postName) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY)
        .variableValueEquals(ContestHiringProcess.Variables.POST_NAME, postName)
        .count() == 0;
  }

  /**
   * Published two working days ago, no file yet: open for applications for eight more working
   * days, so that a newcomer can apply online ({@code /concursuri/{id}/inscriere}) and follow his
   * file with the token he receives ({@code /concursuri/dosarul-meu}).
   */
  private void openForApplications() {
    LocalDate published = walk.workingDaysAgo(2);
    LocalDate firstTest = calendar.addWorkingDays(published, 16);
    try {
      ProcessInstance contest =
          walk.toPublication(post(THIRD_POST_NAME, "Facultatea de Drept"), published, firstTest);
      log.info("Demo contest {} is open for applications until {} (published {}, first test {})",
          contest.getBusinessKey(), calendar.addWorkingDays(published, 10), published, firstTest);
    } finally {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }
  }

  /** Published eleven working days ago: the files are in, the selection is due. */
  private void atFileSelection() {
    LocalDate published = walk.workingDaysAgo(11);
    LocalDate firstTest = calendar.addWorkingDays(published, 16);
    try {
      ProcessInstance contest =
          walk.toPublication(post(POST_NAME, "Direcția Resurse Umane"), published, firstTest);
      LocalDate day = calendar.addWorkingDays(published, 3);
      file(contest, "Ana Pop", "ana.pop@example.ro", at(day, 10), "ABDEFGHI");
      file(contest, "Bogdan Ionescu", "bogdan.ionescu@example.ro", at(day, 11), "ABDEFGHI");
      file(contest, "Carmen Dobre", "carmen.dobre@example.ro", at(day, 12), "ABCDEFGHI");
      // Incomplete: no medical certificate (G) and no integrity certificate (H).
      file(contest, "Dorin Lazăr", "dorin.lazar@example.ro", at(day, 13), "ABDEFI");
      ClockUtil.reset();
      fireTimer(contest.getId());
      FileSelectionJobs.executeAll(managementService, contest.getId());
      log.info("Demo contest {} waits at file selection (published {}, first test {})",
          contest.getBusinessKey(), published, firstTest);
    } finally {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }
  }

  /**
   * Published seventeen working days ago (15 full working days before the test, OQ-02):
   * selection and its contestations are over, the written test was held on the previous working
   * day; every CC member has the sealed papers to score.
   */
  private void atWrittenTestScoring() {
    LocalDate published = walk.workingDaysAgo(17);
    LocalDate firstTest = calendar.addWorkingDays(published, 16);
    try {
      ProcessInstance contest =
          walk.toPublication(post(SECOND_POST_NAME, "Direcția Economică"), published, firstTest);
      LocalDate day = calendar.addWorkingDays(published, 2);
      file(contest, "Elena Rusu", "elena.rusu@example.ro", at(day, 10), "ABDEFGHI");
      file(contest, "Florin Neagu", "florin.neagu@example.ro", at(day, 11), "ABDEFGHI");
      file(contest, "Gabriel Tudor", "gabriel.tudor@example.ro", at(day, 12), "ABDEFGHI");
      ClockUtil.setCurrentTime(at(calendar.addWorkingDays(published, 10), 17));
      fireTimer(contest.getId());
      FileSelectionJobs.executeAll(managementService, contest.getId());
      ClockUtil.setCurrentTime(at(calendar.addWorkingDays(published, 11), 10));
      for (Task selection : FileSelectionProcess.tasksOf(taskService, contest.getBusinessKey())
          .taskDefinitionKey(FileSelectionProcess.Elements.SELECT_FILE).list()) {
        taskService.complete(selection.getId(),
            Map.of("selectionDecision", "ADMIS", "noConflictDeclared", true));
      }
      ClockUtil.setCurrentTime(at(calendar.addWorkingDays(published, 13), 9));
      complete(contest, "displaySelectionResults", "secretar",
          Map.of("selectionMinutesSigned", true, "selectionResultsDisplayed", true));
      ClockUtil.setCurrentTime(at(calendar.addWorkingDays(published, 14), 17));
      ProcessInstance round = runtimeService.createProcessInstanceQuery()
          .superProcessInstanceId(contest.getId()).singleResult();
      fireTimer(round.getId());
      ClockUtil.setCurrentTime(at(firstTest, 9));
      ProcessInstance writtenTest = runtimeService.createProcessInstanceQuery()
          .superProcessInstanceId(contest.getId()).singleResult();
      complete(writtenTest, "prepareTest", "membru1", Map.of("wMax1", 60L, "wMax2", 40L,
          "planConfirmed", true));
      ClockUtil.setCurrentTime(at(firstTest, 10));
      fireTimer(writtenTest.getId());
      complete(writtenTest, "rollCall", "secretar", Map.of());
      log.info("Demo contest {} waits at the scoring of its written test ({})",
          contest.getBusinessKey(), firstTest);
    } finally {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }
  }

  private void fireTimer(String processInstanceId) {
    Job timer = managementService.createJobQuery().processInstanceId(processInstanceId)
        .timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  /** The HR records of the demo people; their gender follows their first names. */
  private void recordStaff() {
    staff.save(new StaffMember("hr", "Elena Popescu", "HR", false, false, FEMALE));
    staff.save(new StaffMember("secretar", "Ioana Marin", "HR", false, false, FEMALE));
    staff.save(new StaffMember("sef", "Radu Dumitrescu", "Serviciul Resurse Umane", true, false,
        MALE));
    staff.save(new StaffMember("membru1", "Adrian Georgescu", "Facultatea de Informatică", true,
        false, MALE));
    staff.save(new StaffMember("membru2", "Cristina Munteanu", "Serviciul Resurse Umane", false,
        false, FEMALE));
    staff.save(new StaffMember("membru3", "Dan Constantinescu", "Direcția Economică", false,
        false, MALE));
    staff.save(new StaffMember("membru4", "Gabriela Florea", "Facultatea de Drept", true, false,
        FEMALE));
    staff.save(new StaffMember("membru5", "Sorin Vasilescu", "Biroul Juridic", false, false,
        MALE));
    staff.save(new StaffMember("membru6", "Laura Niculescu", "Direcția Tehnică", false, false,
        FEMALE));
  }

  /** A demo post: a 3-member competition commission, texts of a real announcement. */
  private static DemoContestWalk.Post post(String postName, String structure) {
    return new DemoContestWalk.Post(postName, structure,
        "Gestionarea dosarelor de personal; întocmirea contractelor de muncă;"
            + " evidența concediilor.",
        "Studii superioare; vechime în specialitate minimum 1 an; "
            + "cunoștințe de operare PC nivel mediu.",
        "Legea nr. 53/2003 — Codul muncii; HG nr. 1336/2022; Legea-cadru nr. 153/2017.",
        "CC: membru1 (președinte), membru2, membru3. "
            + "CSC: membru4 (președinte), membru5, membru6.",
        "Concursul constă în selecția dosarelor, proba scrisă și interviul.",
        List.of("membru1", "membru2", "membru3"), List.of("membru4", "membru5", "membru6"),
        new DemoContestWalk.Announcement("12345",
            "Biroul Personal, etaj 1, camera 151, sediul U.V.T.",
            "Ioana Marin, tel. 0256/592159, resurseumane@e-uvt.ro",
            "Studii superioare; vechime minimum 1 an.",
            "Sediul U.V.T., Bd. Vasile Pârvan nr. 4, sala 045",
            "Legea nr. 53/2003 — Codul muncii; HG nr. 1336/2022."));
  }

  private void file(ProcessInstance contest, String name, String email, Date submittedAt,
      String documents) {
    ClockUtil.setCurrentTime(new Date(submittedAt.getTime() + 60_000));
    Map<String, Object> file = new HashMap<>();
    file.put("candidateName", name);
    file.put("candidateEmail", email);
    file.put("channel", "REGISTRY");
    file.put("submittedAt", LocalDateTime.ofInstant(submittedAt.toInstant(), zone()).toString());
    for (FileDocument document : FileDocument.values()) {
      file.put(document.formKey(), documents.indexOf(document.name().charAt(0)) >= 0);
    }
    complete(contest, "registerFile", "secretar", file);
  }

  private void complete(ProcessInstance contest, String taskKey, String user,
      Map<String, Object> variables) {
    walk.complete(contest, taskKey, user, variables);
  }

  private Date at(LocalDate day, int hour) {
    return walk.at(day, hour);
  }

  private ZoneId zone() {
    return calendar.zone();
  }
}
