package ro.dosar.contest;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import ro.dosar.calendar.WorkingDayCalendar;

/**
 * The walk of a generated contest at Universitatea de Vest din Timișoara through the real
 * process, as its people, from the head of structure's proposal to its publication: the demo
 * profile's contests and the bench profile's one. What differs between them (the post, the size
 * of the commissions, the announcement's texts) is the {@link Post} they pass.
 *
 * <p>It moves the engine clock; its callers reset it ({@code ClockUtil.reset()}) when done.
 */
public final class DemoContestWalk {

  /** What a contest says of its post and its commissions when proposed and published. */
  public record Post(String postName, String structure, String duties, String conditions,
      String bibliography, String proposedCommissions, String methodology, List<String> cc,
      List<String> csc, Announcement announcement) {
  }

  /** The announcement's own texts; {@code number} is followed by "/" and the year. */
  public record Announcement(String number, String submissionPlace, String secretaryContact,
      String conditions, String testPlace, String bibliography) {
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  public DemoContestWalk(RuntimeService runtime, TaskService tasks, IdentityService identity,
      WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.calendar = calendar;
  }

  /**
   * Proposed by {@code sef} at 9:00 on {@code published} (the engine clock is set there) and
   * walked to its publication that day, its first test on {@code firstTest} at 10:00 and the
   * interview the next working day: the contest waits for files.
   */
  public ProcessInstance toPublication(Post post, LocalDate published, LocalDate firstTest) {
    ClockUtil.setCurrentTime(at(published, 9));
    ProcessInstance contest = propose(post);
    walkToPublication(contest, post, published, firstTest);
    return contest;
  }

  /** The contest's open task {@code taskKey}, claimed by {@code user} and completed. */
  public void complete(ProcessInstance contest, String taskKey, String user,
      Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(contest.getId())
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("The contest " + contest.getBusinessKey()
          + " does not wait at " + taskKey);
    }
    tasks.claim(task.getId(), user);
    tasks.complete(task.getId(), variables);
  }

  /** The last working day at least {@code days} working days before today. */
  public LocalDate workingDaysAgo(int days) {
    LocalDate today = calendar.today();
    LocalDate day = today;
    while (calendar.workingDaysBetween(day, today) < days || !calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** That day at that hour, in the institution's time zone. */
  public Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(calendar.zone()).toInstant());
  }

  private ProcessInstance propose(Post post) {
    identity.setAuthentication("sef", List.of("head-of-structure"));
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("institutionCode", "UVT");
    proposal.put("postName", post.postName());
    proposal.put("structure", post.structure());
    proposal.put("postCategory", "EXECUTION");
    proposal.put("vacancyType", "VACANT");
    proposal.put("postsCount", 1L);
    proposal.put("studyLevel", "Studii superioare (licență)");
    proposal.put("contractDuration", "Nedeterminată");
    proposal.put("workNorm", "8");
    proposal.put("duties", post.duties());
    proposal.put("specificConditions", post.conditions());
    proposal.put("bibliography", post.bibliography());
    proposal.put("writtenTest", true);
    proposal.put("practicalTest", false);
    proposal.put("proposedCommissions", post.proposedCommissions());
    try {
      return runtime.startProcessInstanceByKey(ContestHiringProcess.KEY, proposal);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void walkToPublication(ProcessInstance contest, Post post, LocalDate published,
      LocalDate firstTest) {
    complete(contest, "reviewProposal", "hr", Map.of("hrEndorsed", true));
    complete(contest, "approveProposal", "rector", Map.of("proposalApproved", "true"));
    complete(contest, "draftMethodology", "secretar", Map.of("methodology", post.methodology(),
        "anonymousFirstStage", "false", "anonymousFirstStageReason",
        "Regulamentul concursului cere identificarea candidaților la selecția dosarelor."));
    complete(contest, "approveMethodology", "rector", Map.of("methodologyApproved", "true"));
    Map<String, Object> commissions = new HashMap<>();
    commissions.put("ccPresident", post.cc().get(0));
    for (int i = 1; i < post.cc().size(); i++) {
      commissions.put("ccMember" + i, post.cc().get(i));
    }
    commissions.put("cscPresident", post.csc().get(0));
    for (int i = 1; i < post.csc().size(); i++) {
      commissions.put("cscMember" + i, post.csc().get(i));
    }
    commissions.put("secretary", "secretar");
    complete(contest, "draftCommissionDecisions", "hr", commissions);
    complete(contest, "endorseCommissionDecisions", "juridic", Map.of("legalEndorsed", "true"));
    complete(contest, "signCommissionDecisions", "rector", Map.of("decisionsSigned", "true"));
    Announcement texts = post.announcement();
    Map<String, Object> announcement = new HashMap<>();
    announcement.put("announcementNumber", texts.number() + "/" + published.getYear());
    announcement.put("corCode", "242314");
    announcement.put("workingTime", "Normă întreagă, 8 ore/zi, 40 ore/săptămână");
    announcement.put("contractType", "NEDETERMINATA");
    announcement.put("requiredDocuments", "Documentele prevăzute la §8.1.4(1) lit. a)–j).");
    announcement.put("submissionPlace", texts.submissionPlace());
    announcement.put("secretaryContact", texts.secretaryContact());
    announcement.put("generalConditionsIncluded", true);
    announcement.put("specificConditions", texts.conditions());
    announcement.put("administrativeCodeIncluded", true);
    announcement.put("testPlace", texts.testPlace());
    announcement.put("publicationDate", published.toString());
    announcement.put("submissionHour", "16:00");
    announcement.put("firstTestDate", firstTest.toString());
    announcement.put("firstTestHour", "10:00");
    announcement.put("interviewDate", calendar.addWorkingDays(firstTest, 1).toString());
    announcement.put("interviewHour", "10:00");
    announcement.put("bibliography", texts.bibliography());
    announcement.put("equalOpportunityStatement",
        "Încurajăm atât femeile, cât și bărbații să candideze.");
    announcement.put("neutralLanguageConfirmed", true);
    announcement.put("meritBasedCriteriaConfirmed", true);
    complete(contest, "prepareAnnouncement", "hr", announcement);
    complete(contest, "publishAnnouncement", "hr", Map.of("publishedAtHeadquarters", true,
        "publishedOnWebsite", true, "sentToNationalPortal", true));
  }
}
