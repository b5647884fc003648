package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.contest.ContestHiringProcess.Elements;
import ro.dosar.contest.ContestHiringProcess.Variables;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.gender.Gender;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * Each task shows what its decision needs, and people are chosen by name (issue 17), in Romanian
 * Tasklist, in headless Chromium, as the users work:
 * <ul>
 *   <li>a commission member opens a file's selection task, reads the candidate's name and the
 *       post's conditions, opens the candidate's PDF from the form with his Tasklist session (no
 *       second login; the answer is a PDF, shown inline), declares no conflict of interest under
 *       the text of §8.1.5(14) and completes;</li>
 *   <li>HR composes the commissions by choosing people by name from the staff register; a
 *       composition the server refuses (a member with a disciplinary sanction not erased, which
 *       the selects cannot know) stays on the form, still hers, with the rule in Romanian, by
 *       name, in a red box at the top; she fixes it and the draft goes on;</li>
 *   <li>the Rector signs the decisions seeing the members' names and departments, the legal
 *       adviser's opinion and the draft decision as a PDF;</li>
 *   <li>the secretary's selection minutes task shows the figures she confirms (each member's
 *       opinion by name and reason, the separate opinion, the result) and links the minutes'
 *       PDF, which opens in a tab of its own without a second login; back in Tasklist her
 *       session is still there and she completes the task.</li>
 * </ul>
 * Screenshots of the forms go to {@code docs/screenshots/} for docs/tasklist.md.
 */
@DosarTest
class TasklistDecisionsBrowserTest {

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  IdentityService identityService;
  @Autowired
  StaffRepository staff;
  @Autowired
  WorkingDayCalendar calendar;

  /** The red box workplace.js puts at the top of a form the server refused. */
  private static final By REFUSAL_BOX = By.cssSelector("div.dosar-refusal.alert-danger");

  private final TasklistPage tasklist = new TasklistPage(browser);

  @Test
  void aMemberOpensTheCandidatesPdfFromTheFormReadsTheConditionsAndSelects() throws IOException {
    // Given the demo contest's file that waits for membru3 (the newest of his tasks)
    Task task = taskService.createTaskQuery().taskAssignee("membru3")
        .taskDefinitionKey(FileSelectionProcess.Elements.SELECT_FILE).list().stream()
        .max(Comparator.comparing(Task::getCreateTime)).orElseThrow(() ->
            new AssertionError("the demo contest waits at file selection for membru3"));
    long code = Long.parseLong((String) taskService.getVariable(task.getId(), Variables.FILE_CODE));
    String name = jdbc.sql("SELECT full_name FROM candidate WHERE code = ?").param(code)
        .query(String.class).single();
    String conditions = (String) taskService.getVariable(task.getId(),
        Variables.SPECIFIC_CONDITIONS);

    // When the member opens it in Tasklist
    logIn("membru3");
    openTask(task.getId());

    // Then he reads the candidate's name, the post's conditions and §8.1.5(14)
    browser.waitUntil("the candidate's name", driver -> formText().contains(name));
    assertThat(formText()).contains("Condiții generale (§8.1.1(3))", conditions,
        "Conflictul de interese (§8.1.5(14))", "rudă sau afin până la gradul al IV-lea");

    // and opens the candidate's registration form from the form's link, with the same session
    WebElement link = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//a["
        + "contains(normalize-space(.),'Cererea de înscriere (Anexa 3)')]"));
    String href = link.getDomProperty("href");
    assertThat(href).endsWith("/documents/registration-form/" + code);
    Map<String, Object> answer = browser.fetch(href);
    assertThat(answer).containsEntry("status", 200L)
        .containsEntry("type", "application/pdf").containsEntry("magic", "%PDF-");
    assertThat((String) answer.get("disposition")).startsWith("inline");
    browser.scrollTo(link);
    browser.screenshot("tasklist-selectie-documente-conditii");

    // The link opens in a tab of its own: the form stays where it is.
    String tasklistWindow = browser.driver().getWindowHandle();
    browser.click(By.xpath("//form[contains(@class,'fjs-form')]//a[contains(normalize-space(.),"
        + "'Cererea de înscriere (Anexa 3)')]"));
    browser.waitUntil("a second tab", driver -> driver.getWindowHandles().size() == 2);
    String pdfWindow = browser.driver().getWindowHandles().stream()
        .filter(handle -> !handle.equals(tasklistWindow)).findFirst().orElseThrow();
    browser.driver().switchTo().window(pdfWindow);
    browser.waitUntil("the PDF's address", driver -> href.equals(driver.getCurrentUrl()));
    browser.driver().close();
    browser.driver().switchTo().window(tasklistWindow);

    // When he admits the file, declares no conflict of interest and completes
    browser.click(TasklistPage.radio("Decizia mea", "Admis"));
    browser.click(By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,"
        + "'fjs-form-field-checkbox')]//label[starts-with(normalize-space(text()),'Declar că nu "
        + "mă aflu')]/input[@type='checkbox']"));
    browser.click(TasklistPage.COMPLETE);

    // Then his opinion is recorded
    browser.waitUntil("the engine completed the task",
        driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    assertThat(jdbc.sql("SELECT admits FROM member_opinion WHERE subject = 'SELECTION' "
            + "AND subject_id = ? AND member_id = 'membru3'").param(code)
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void hrComposesTheCommissionsByNameGetsARefusalThatStaysOnTheFormAndFixesIt()
      throws IOException {
    // Given an employee whose disciplinary sanction is not erased (COM-08): the register offers
    // him like anyone else, only the server's check knows he cannot sit on a commission
    String sanctioned = "wpl.sanctionat";
    if (identityService.createUserQuery().userId(sanctioned).count() == 0) {
      User user = identityService.newUser(sanctioned);
      user.setFirstName("Victor");
      user.setLastName("Stoicovici");
      identityService.saveUser(user);
    }
    staff.save(new StaffMember(sanctioned, "Victor Stoicovici", "Facultatea de Chimie", false,
        true, Gender.MALE));
    // and a contest whose proposal and methodology are approved
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal();
    Task draft = contest.task("draftCommissionDecisions");

    // When HR claims the drafting task and chooses the people by name, him among them
    logIn("hr");
    openTask(draft.getId());
    browser.click(TasklistPage.CLAIM);
    browser.waitUntil("claimed by hr", driver -> "hr".equals(assignee(draft.getId())));
    choose("Președinte", 1, "Georgescu", "Adrian Georgescu — Facultatea de Informatică");
    choose("Membru 1", 1, "Munteanu", "Cristina Munteanu — Serviciul Resurse Umane");
    choose("Membru 2", 1, "Constantinescu", "Dan Constantinescu — Direcția Economică");
    choose("Membru 3", 1, "Stoicovici", "Victor Stoicovici — Facultatea de Chimie");
    choose("Președinte", 2, "Florea", "Gabriela Florea — Facultatea de Drept");
    choose("Membru 1", 2, "Vasilescu", "Sorin Vasilescu — Biroul Juridic");
    choose("Membru 2", 2, "Niculescu", "Laura Niculescu — Direcția Tehnică");
    choose("Secretarul ambelor comisii (angajat D.R.U., nu este membru)", 1, "Marin",
        "Ioana Marin — HR");
    assertChosen("Membru 3", 1, "Victor Stoicovici — Facultatea de Chimie");
    browser.scrollTo(browser.find(By.xpath("(//form[contains(@class,'fjs-form')]//div["
        + "contains(@class,'fjs-form-field-select')])[1]")));
    browser.screenshot("tasklist-comisii-alegere-nume");
    browser.click(TasklistPage.COMPLETE);

    // Then the server refuses the composition: the rule, in Romanian, by name and department,
    // in the red box at the top of the form
    WebElement refusal = browser.visible(REFUSAL_BOX);
    browser.waitUntil("the rule in the red box", driver -> refusal.getText().contains("COM-08"));
    assertThat(refusal.getText()).contains(
        "Formularul nu a fost acceptat. Corectați și trimiteți din nou:",
        "Componența aleasă nu respectă regulile comisiilor (§8.1.5)",
        "COM-08: Membrul „Victor Stoicovici” (Facultatea de Chimie) din comisia de concurs are o "
            + "sancțiune disciplinară neradiată")
        .doesNotContain(sanctioned, "Cannot submit", "membru1");
    // the box stands above the form
    assertThat(browser.find(By.xpath("//div[contains(@class,'dosar-refusal')]"
        + "/following-sibling::form[contains(@class,'fjs-form')]")).isDisplayed()).isTrue();
    browser.scrollTo(refusal);
    browser.screenshot("tasklist-comisii-refuz");
    // and the task is still hers, not completed, nothing stored
    Task still = taskService.createTaskQuery().taskId(draft.getId()).singleResult();
    assertThat(still).as("the same task, still open").isNotNull();
    assertThat(still.getAssignee()).isEqualTo("hr");
    assertThat(contest.variable("ccMember3")).as("nothing stored").isNull();

    // When she closes Tasklist's notice at the bottom of the page (a long one covers the
    // Complete button; the red box above the form stays), takes him off the commission, every
    // other choice still there, and completes
    browser.click(By.cssSelector(".page-notifications .alert-danger "
        + "button.close[ng-click^='removeNotification']"));
    browser.gone(TasklistPage.ERROR_NOTIFICATION);
    assertThat(browser.find(REFUSAL_BOX).isDisplayed()).isTrue();
    browser.click(By.xpath("(" + TasklistPage.field("select", "Membru 3") + ")[1]"
        + "//span[contains(@class,'fjs-select-cross')]"));
    browser.waitUntil("Membru 3 empty", driver -> String.valueOf(driver.findElement(
        selectInput("Membru 3", 1)).getDomProperty("value")).isEmpty());
    assertChosen("Președinte", 1, "Adrian Georgescu — Facultatea de Informatică");
    assertChosen("Membru 2", 2, "Laura Niculescu — Direcția Tehnică");
    assertChosen("Secretarul ambelor comisii (angajat D.R.U., nu este membru)", 1,
        "Ioana Marin — HR");
    browser.click(TasklistPage.COMPLETE);

    // Then the server checked the user ids behind the names, and the legal adviser has the draft
    browser.waitUntil("the draft went to the legal adviser", driver -> taskService
        .createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.ENDORSE_COMMISSION_DECISIONS).count() == 1);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isZero();
    assertThat(contest.variable("ccPresident")).isEqualTo("membru1");
    assertThat(contest.variable("ccMember3")).isNull();
    assertThat(contest.variable("cscMember2")).isEqualTo("membru6");
    assertThat(contest.variable("secretary")).isEqualTo("secretar");
  }

  @Test
  void theLegalAdviserEndorsesAndTheRectorSignsSeeingNamesOpinionsAndTheDraftPdf()
      throws IOException {
    // Given commissions drafted by HR
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal()
        .draftCommissions(List.of("membru1", "membru2", "membru3"),
            List.of("membru4", "membru5", "membru6"), "secretar");
    Task endorsement = contest.task("endorseCommissionDecisions");

    // When the legal adviser opens the endorsement task
    logIn("juridic");
    openTask(endorsement.getId());
    browser.click(TasklistPage.CLAIM);

    // Then she reads the people by name and department, and the link to the draft decision
    // (the Rector's step below opens the same PDF)
    browser.waitUntil("the members by name",
        driver -> formText().contains("Adrian Georgescu — Facultatea de Informatică"));
    assertThat(formText()).contains("Gabriela Florea — Facultatea de Drept", "Ioana Marin — HR")
        .doesNotContain("membru1", "membru4");
    WebElement draftLink = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//a["
        + "contains(normalize-space(.),'Proiectul deciziei')]"));
    assertThat(draftLink.getDomProperty("href")).endsWith("/api/contests/" + contest.contestId
        + "/documents/kind/decizii-comisii-proiect");

    // When she endorses with a remark
    browser.click(TasklistPage.radio("Aviz", "Avizat"));
    browser.type(By.id(browser.find(TasklistPage.label("Observații")).getDomAttribute("for")),
        "Componența respectă §8.1.5.");
    browser.scrollTo(draftLink);
    browser.screenshot("tasklist-avizare-decizii-comisii");
    browser.click(TasklistPage.COMPLETE);
    browser.waitUntil("the decisions went to the Rector", driver -> taskService
        .createTaskQuery().processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.SIGN_COMMISSION_DECISIONS).count() == 1);
    assertThat(contest.variable("legalEndorsed")).isIn(true, "true");
    Task signature = contest.task("signCommissionDecisions");

    // When the Rector, in the same browser after her, opens the signature task
    logOut();
    logIn("rector");
    openTask(signature.getId());
    browser.click(TasklistPage.CLAIM);

    // Then he reads the people by name and department, never by user id, and the legal opinion
    browser.waitUntil("the members by name",
        driver -> formText().contains("Adrian Georgescu — Facultatea de Informatică"));
    assertThat(formText()).contains("Gabriela Florea — Facultatea de Drept",
        "Ioana Marin — HR", "Componența respectă §8.1.5.")
        .doesNotContain("membru1", "membru4");
    // and the draft decision opens as a PDF with his session
    WebElement link = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//a["
        + "contains(normalize-space(.),'Proiectul deciziei')]"));
    Map<String, Object> answer = browser.fetch(link.getDomProperty("href"));
    assertThat(answer).containsEntry("status", 200L)
        .containsEntry("type", "application/pdf").containsEntry("magic", "%PDF-");
    browser.scrollTo(link);
    browser.screenshot("tasklist-semnare-decizii-comisii");

    // When he signs
    browser.click(TasklistPage.radio("Decizia Rectorului", "Semnez deciziile"));
    browser.click(TasklistPage.COMPLETE);

    // Then the commissions are constituted
    browser.waitUntil("the commissions constituted", driver -> taskService.createTaskQuery()
        .processInstanceId(contest.instance.getId())
        .taskDefinitionKey(Elements.SIGN_COMMISSION_DECISIONS).count() == 0);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM commission_member WHERE contest_id = ?")
        .param(contest.contestId).query(Long.class).single()).isGreaterThan(0);
  }

  @Test
  void theSecretaryReadsTheMinutesFiguresByNameOpensThePdfToSignAndCompletes()
      throws IOException {
    // Given a contest of its own people, two files: one admitted by all, one rejected 2–1, the
    // member in the minority with a separate opinion
    List<String> cc = List.of("wpl.pv.p", "wpl.pv.m1", "wpl.pv.m2");
    ContestDriver.employees(identityService, staff, "wpl.pv.p:Drept:leader:F",
        "wpl.pv.m1:Economic:M", "wpl.pv.m2:Economic:F", "wpl.pv.csc.p:Litere:leader:M",
        "wpl.pv.csc.m1:Juridic:F", "wpl.pv.csc.m2:Tehnic:M");
    named("wpl.pv.p", "Elisabeta", "Vornicu");
    named("wpl.pv.m1", "Mircea", "Andronic");
    named("wpl.pv.m2", "Silvia", "Cârstea");
    LocalDate today = calendar.today();
    LocalDate firstTest = calendar.addWorkingDays(today, 25);
    ContestDriver contest = new ContestDriver(engine).propose("VACANT", "EXECUTION")
        .approveProposal()
        .constitute(cc, List.of("wpl.pv.csc.p", "wpl.pv.csc.m1", "wpl.pv.csc.m2"), "secretar")
        .announce(today, firstTest, calendar.addWorkingDays(firstTest, 1)).publish();
    LocalDateTime stamped = today.atStartOfDay().plusMinutes(1);
    long admitted = contest.registerFile("Ana Petrescu", stamped, "ABDEFGHI");
    long rejected = contest.registerFile("Bogdan Ilie", stamped.plusMinutes(1), "ABDEFGHI");
    contest.closeWindow();
    for (String member : cc) {
      contest.select(member, admitted, true, null);
    }
    contest.select("wpl.pv.p", rejected, false, "Studii necorespunzătoare.")
        .select("wpl.pv.m1", rejected, false, "Lipsește diploma de licență.")
        .select("wpl.pv.m2", rejected, true, null)
        .separateOpinion("wpl.pv.m2", rejected, "Diploma este echivalentă.");
    Task display = contest.task("displaySelectionResults");

    // When the secretary opens her minutes task
    logIn("secretar");
    openTask(display.getId());

    // Then she reads the figures she confirms: each member's opinion by name with its reason,
    // the separate opinion, the result; never a user id nor a candidate's name
    browser.waitUntil("the figures", driver -> formText().contains("Codul " + rejected));
    assertThat(formText()).contains("Cifrele pe care le confirmați prin semnătură",
        "Dosare: 2 · admise: 1 · respinse: 1",
        "Codul " + admitted + " — ADMIS",
        "Codul " + rejected + " — RESPINS",
        "Elisabeta Vornicu: respins — Studii necorespunzătoare.",
        "Mircea Andronic: respins — Lipsește diploma de licență.",
        "Silvia Cârstea: admis; opinie separată: Diploma este echivalentă.")
        .doesNotContain("wpl.pv", "Ana Petrescu", "Bogdan Ilie");
    // and the link to the minutes to sign, a PDF shown inline with her Tasklist session
    By minutesLink = By.xpath("//form[contains(@class,'fjs-form')]//a[contains("
        + "normalize-space(.),'Procesul-verbal al selecției dosarelor (PDF)')]");
    String href = browser.visible(minutesLink).getDomProperty("href");
    assertThat(href).endsWith("/api/contests/" + contest.contestId
        + "/documents/kind/pv-selectie");
    Map<String, Object> answer = browser.waitUntil("the minutes generated", driver -> {
      Map<String, Object> fetched = browser.fetch(href);
      return Long.valueOf(200).equals(fetched.get("status")) ? fetched : null;
    });
    assertThat(answer).containsEntry("type", "application/pdf").containsEntry("magic", "%PDF-");
    assertThat((String) answer.get("disposition")).startsWith("inline");
    browser.scrollTo(browser.find(By.xpath("//form[contains(@class,'fjs-form')]//*[contains("
        + "normalize-space(.),'Cifrele pe care le confirmați')]")));
    browser.screenshot("tasklist-proces-verbal-selectie");

    // When she opens the PDF from the form: a tab of its own, the PDF itself, no login page
    String tasklistWindow = browser.driver().getWindowHandle();
    browser.click(minutesLink);
    browser.waitUntil("a second tab", driver -> driver.getWindowHandles().size() == 2);
    String pdfWindow = browser.driver().getWindowHandles().stream()
        .filter(handle -> !handle.equals(tasklistWindow)).findFirst().orElseThrow();
    browser.driver().switchTo().window(pdfWindow);
    browser.waitUntil("the PDF's address", driver -> href.equals(driver.getCurrentUrl()));
    assertThat(((JavascriptExecutor) browser.driver()).executeScript(
        "return document.contentType")).isEqualTo("application/pdf");
    browser.driver().close();
    browser.driver().switchTo().window(tasklistWindow);

    // Then, back in Tasklist, her session is still there: the page reloaded shows the task
    browser.driver().navigate().refresh();
    browser.visible(TasklistPage.CAMUNDA_FORM);
    assertThat(browser.all(Browser.LOG_IN)).noneMatch(WebElement::isDisplayed);
    browser.waitUntil("the figures again", driver -> formText().contains("Codul " + rejected));

    // and she confirms the signature and the display, and completes: the contest goes on
    browser.click(TasklistPage.checkbox(
        "Procesul-verbal de selecție a fost semnat de toți membrii și de secretar"));
    browser.click(TasklistPage.checkbox("Rezultatele au fost afișate la sediu și pe site"));
    browser.waitUntil("both confirmations ticked", driver -> browser.find(TasklistPage.checkbox(
        "Procesul-verbal de selecție a fost semnat de toți membrii și de secretar")).isSelected()
        && browser.find(TasklistPage.checkbox("Rezultatele au fost afișate la sediu și pe site"))
        .isSelected());
    browser.click(TasklistPage.COMPLETE);
    browser.waitUntil("the engine completed the task",
        driver -> taskService.createTaskQuery().taskId(display.getId()).count() == 0);
    assertThat(contest.variable("selectionMinutesSigned")).isEqualTo(true);
    assertThat(contest.variable("selectionResultsDisplayed")).isEqualTo(true);
  }

  // ---- Tasklist ---------------------------------------------------------------------------------

  private void logIn(String user) {
    tasklist.logIn(user);
  }

  /** Forgets the session, as closing the browser does: the next user logs in afresh. */
  private void logOut() {
    ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  private void openTask(String taskId) {
    tasklist.openTaskById(taskId);
  }

  private String formText() {
    return tasklist.formText();
  }

  /** Gives an employee of the test a name, in his account and in the staff register. */
  private void named(String userId, String firstName, String lastName) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identityService.saveUser(user);
    StaffMember record = staff.find(userId).orElseThrow();
    staff.save(new StaffMember(userId, firstName + " " + lastName, record.department(),
        record.leadershipPost(), false, record.gender()));
  }

  private String assignee(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? null : task.getAssignee();
  }

  /** The search input of the occurrence-th form-js select with that label. */
  private static By selectInput(String label, int occurrence) {
    return By.xpath("(" + TasklistPage.field("select", label) + ")[" + occurrence + "]//input");
  }

  /** The select shows that person as chosen (form-js may re-render the form under typing). */
  private void assertChosen(String label, int occurrence, String option) {
    assertThat(String.valueOf(browser.find(selectInput(label, occurrence))
        .getDomProperty("value"))).as(label + " " + occurrence).startsWith(option);
  }

  /** Picks a person in a form-js select: types part of the name, clicks the matching option. */
  private void choose(String label, int occurrence, String typed, String option) {
    By input = selectInput(label, occurrence);
    browser.click(input);
    browser.find(input).sendKeys(typed);
    browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')]"
        + "[starts-with(normalize-space(.),'" + option + "')]"));
    browser.waitUntil(label + " = " + option, driver -> driver.findElement(input)
        .getDomProperty("value").startsWith(option));
  }
}
