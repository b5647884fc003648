package ro.dosar.contest.announcement;

import ro.dosar.tasklist.FormDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.RecruitmentRecords;
import ro.dosar.gender.AnnouncementCompliance;
import ro.dosar.gender.AnnouncementMode;
import ro.dosar.gender.EncouragementStatement;
import ro.dosar.gender.EqualityRules;
import ro.dosar.gender.RecruitmentProperties;
import ro.dosar.institution.InstitutionSettings;
import ro.dosar.mail.Mailer;
import ro.dosar.tasklist.FormRejection;

/**
 * The gender equality plan's recruitment measures in the contest (spec §6.4): the announcement
 * check (§6.4.1, DMN-6), the internal notice of a leadership vacancy (§6.4.2), the choice of an
 * anonymous first stage (§6.4.5). The models call them as listeners ({@link
 * RecruitmentFormChecks}). The candidate's declared gender (§6.4.4) is taken where the file is
 * registered ({@link ContestSteps#registerFile}, {@link ElectronicSubmission}).
 */
@Component
@EnableConfigurationProperties(RecruitmentProperties.class)
public class RecruitmentSteps {

  static final String STATEMENT = "equalOpportunityStatement";
  static final String NEUTRAL_LANGUAGE = "neutralLanguageConfirmed";
  static final String MERIT_BASED = "meritBasedCriteriaConfirmed";

  private final EqualityRules rules;
  private final RecruitmentProperties properties;
  private final RecruitmentRecords records;
  private final ContestRepository contests;
  private final WorkingDayCalendar calendar;
  private final IdentityService identity;
  private final Mailer mailer;
  private final InstitutionSettings institutions;

  public RecruitmentSteps(EqualityRules rules, RecruitmentProperties properties,
      RecruitmentRecords records, ContestRepository contests, WorkingDayCalendar calendar,
      IdentityService identity, Mailer mailer, InstitutionSettings institutions) {
    this.institutions = institutions;
    this.rules = rules;
    this.properties = properties;
    this.records = records;
    this.contests = contests;
    this.calendar = calendar;
    this.identity = identity;
    this.mailer = mailer;
  }

  /**
   * The announcement form's check against the plan (DMN-6): the encouragement statement is
   * detected in its text, the HR checklist (neutral language, merit-based criteria) must be
   * confirmed. The policy is in force if it is on the announcement's publication date (today when
   * the form gives none). These are the inputs of the business rule task {@code
   * assessAnnouncementCompliance}, which follows the form; they are left in the process. A form
   * the table would BLOCK is refused here with what is missing, before the task completes: for
   * that refusal this check asks the same table through {@link EqualityRules}, that is through
   * the one decision evaluator {@code ro.dosar.decision.DeployedDecisions}. Whether the
   * institution's gender equality plan is in force on that day is {@code equalityPlanInForce},
   * which the model's gateway before the task reads: where it is not, nothing is refused, the
   * task is skipped, and nothing is recorded or shown.
   */
  public void checkAnnouncement(DelegateExecution task) {
    LocalDate day = announcementDay(task.getVariable(Variables.PUBLICATION_DATE));
    boolean statement = EncouragementStatement.present(
        ContestVariables.optionalText(task.getVariable(STATEMENT)),
        properties.encouragementEquivalents());
    boolean neutral = Boolean.TRUE.equals(task.getVariable(NEUTRAL_LANGUAGE));
    boolean meritBased = Boolean.TRUE.equals(task.getVariable(MERIT_BASED));
    boolean planInForce = planInForce(ContestVariables.contestId(task), day);
    boolean inForce = properties.policyInForce(day) && planInForce;
    AnnouncementMode mode = properties.announcementMode() == null ? AnnouncementMode.BLOCK
        : properties.announcementMode();
    if (rules.announcementCompliance(statement, neutral && meritBased, inForce, mode)
        == AnnouncementCompliance.BLOCK) {
      String field = !statement ? STATEMENT : !neutral ? NEUTRAL_LANGUAGE : MERIT_BASED;
      throw FormRejection.reject(field, "Anunțul nu respectă Planul pentru egalitate de gen "
          + "(politica de recrutare în vigoare din "
          + properties.recruitmentPolicyFrom().format(DisplayDates.DAY) + "). Lipsește: "
          + missing(statement, neutral, meritBased) + ".");
    }
    DelegateExecution instance = task.getProcessInstance();
    instance.setVariable(Variables.ENCOURAGEMENT_STATEMENT_PRESENT,
        statement);
    instance.setVariable(Variables.ANNOUNCEMENT_CHECKLIST_CONFIRMED,
        neutral && meritBased);
    instance.setVariable(Variables.RECRUITMENT_POLICY_IN_FORCE, inForce);
    instance.setVariable(Variables.ANNOUNCEMENT_MODE, mode.name());
    instance.setVariable(Variables.EQUALITY_PLAN_IN_FORCE, planInForce);
    instance.setVariable(Variables.ANNOUNCEMENT_COMPLIANCE_NOTE, "");
  }

  /**
   * Records the answer of {@code assessAnnouncementCompliance} on the contest; a WARNING becomes
   * the note shown on the publication task ({@code announcementComplianceNote}). The model runs
   * the task only where the institution's plan is in force.
   */
  public void recordAnnouncementCompliance(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    Object answer = instance.getVariable(Variables.ANNOUNCEMENT_COMPLIANCE);
    AnnouncementCompliance compliance = answer == null ? null
        : AnnouncementCompliance.valueOf(answer.toString());
    if (compliance == null || compliance == AnnouncementCompliance.BLOCK) {
      throw new IllegalStateException("Decision announcementCompliance gives " + answer
          + " for an announcement its form check let through. Check "
          + "dmn/equality/announcement-compliance.dmn");
    }
    boolean statement = Boolean.TRUE.equals(
        instance.getVariable(Variables.ENCOURAGEMENT_STATEMENT_PRESENT));
    boolean neutral = Boolean.TRUE.equals(instance.getVariable(NEUTRAL_LANGUAGE));
    boolean meritBased = Boolean.TRUE.equals(instance.getVariable(MERIT_BASED));
    boolean inForce = Boolean.TRUE.equals(
        instance.getVariable(Variables.RECRUITMENT_POLICY_IN_FORCE));
    String note = compliance == AnnouncementCompliance.OK ? ""
        : "Avertisment (Planul pentru egalitate de gen): lipsește "
            + missing(statement, neutral, meritBased) + "."
            + (inForce ? "" : " Politica de recrutare cu șanse egale nu este încă în vigoare;"
                + " completați anunțul.");
    records.setAnnouncementCompliance(ContestVariables.contestId(execution), compliance);
    instance.setVariable(Variables.ANNOUNCEMENT_COMPLIANCE_NOTE, note);
  }

  /** What the announcement lacks, in Romanian, separated by "; ". */
  private static String missing(boolean statement, boolean neutral, boolean meritBased) {
    List<String> missing = new ArrayList<>();
    if (!statement) {
      missing.add("mențiunea de încurajare a ambelor genuri („"
          + EncouragementStatement.MODEL_FORMULA + "” sau o formulare echivalentă aprobată)");
    }
    if (!neutral) {
      missing.add("confirmarea că anunțul folosește un limbaj neutru din punctul de vedere al "
          + "genului");
    }
    if (!meritBased) {
      missing.add("confirmarea că criteriile de selecție sunt exclusiv obiective, bazate pe merit "
          + "și competență");
    }
    return String.join("; ", missing);
  }

  /** Whether the gender equality plan of the contest's institution is in force on the day. */
  private boolean planInForce(long contestId, LocalDate day) {
    return institutions.equalityPlanInForce(contests.get(contestId).institutionCode(), day);
  }

  private LocalDate announcementDay(Object publicationDate) {
    try {
      LocalDate day = FormDates.localDate(publicationDate);
      return day == null ? calendar.today() : day;
    } catch (RuntimeException e) {
      // An invalid date is reported by the announcement's own check (checkAnnouncement).
      return calendar.today();
    }
  }

  /**
   * The methodology says whether the first stage (file selection) is anonymous (§6.4.5, OQ-27):
   * yes, or no with the reason, recorded on the contest.
   */
  public void recordAnonymityChoice(DelegateExecution task) {
    boolean anonymous = FormRejection.choice(task, "anonymousFirstStage");
    String reason = ContestVariables.optionalText(task.getVariable(
        Variables.ANONYMOUS_FIRST_STAGE_REASON));
    if (!anonymous) {
      reason = FormRejection.text(reason, "anonymousFirstStageReason",
          "Motivul pentru care selecția dosarelor nu se face anonim");
      FormRejection.require(reason.length() <= 1000, "anonymousFirstStageReason",
          "Motivul are cel mult 1000 de caractere.");
    }
    records.setAnonymousFirstStage(ContestVariables.contestId(task), anonymous,
        anonymous ? null : reason);
  }

  /**
   * A leadership vacancy was published: every active employee is told by e-mail (§6.4.2,
   * [S7.3]), once per contest. The send date and the number of e-mails are recorded; employees
   * Dosar cannot e-mail (no account, no address) are counted apart, for HR to reach by the
   * notice displayed at the headquarters. Only where the institution's plan is in force today.
   */
  public void sendInternalNotice(DelegateExecution execution) {
    long id = ContestVariables.contestId(execution);
    Contest contest = contests.get(id);
    LocalDate today = calendar.today();
    if (contest.postCategory() != PostCategory.LEADERSHIP
        || records.of(id).internalNoticeSentOn() != null || !planInForce(id, today)) {
      return;
    }
    String subject = "Anunț intern: post de conducere scos la concurs — " + contest.postName();
    String body = body(contest, execution);
    int sent = 0;
    int unreached = 0;
    for (String userId : records.activeEmployees(today)) {
      String email = email(userId);
      if (email == null) {
        unreached++;
        continue;
      }
      mailer.queue(id, contest.businessKey(), "INTERNAL_NOTICE", email, subject, body);
      sent++;
    }
    records.setInternalNotice(id, today, sent, unreached);
    execution.setVariable(Variables.INTERNAL_NOTICE_RECIPIENTS, sent);
  }

  /**
   * The employee's e-mail address from the identity service. The engine does not check
   * authorizations in a listener (custom code), so every account is read whoever completed the
   * step.
   */
  private String email(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    String email = user == null ? null : user.getEmail();
    return email == null || email.isBlank() ? null : email.strip();
  }

  private String body(Contest contest, DelegateExecution execution) {
    Object hour = execution.getVariable(Variables.SUBMISSION_HOUR);
    Object place = execution.getVariable(Variables.SUBMISSION_PLACE);
    return "Stimată colegă, stimate coleg,\n\nVă informăm că s-a publicat anunțul concursului "
        + contest.businessKey() + " pentru ocuparea postului de conducere „" + contest.postName()
        + "” (" + contest.structure() + "). Dosarele se depun până la "
        + (contest.submissionDeadline() == null ? "termenul din anunț"
            : contest.submissionDeadline().format(DisplayDates.DAY))
        + (hour == null ? "" : ", ora " + hour) + (place == null ? "" : ", la " + place)
        + ".\n\n" + EncouragementStatement.MODEL_FORMULA + "\n\nConform Planului pentru "
        + "egalitate de gen, fiecare post vacant de nivel superior se anunță intern tuturor "
        + "angajaților.\n\nDirecția Resurse Umane";
  }
}
