package ro.dosar.contest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.Browser;
import ro.dosar.support.DosarTest;

/**
 * Issue 17, item 7 and observed item 8: Cockpit as HR uses it, a read-only supervisor of its own
 * institution's procedures (headless Chromium, demo data):
 * <ul>
 *   <li>on every page HR opens (dashboard, processes, a contest's definition, an instance's
 *       variables, activity tree, user tasks and called instances, Human Tasks, batches,
 *       deployments) no control that changes something is shown, and no English UI string of
 *       the issue's list; the administrator sees the controls on the same pages;</li>
 *   <li>the controls follow the instance, not a global answer: a supervisor allowed to change one
 *       instance sees them there and nowhere else;</li>
 *   <li>the server refuses HR's changes anyway (read back: nothing changed);</li>
 *   <li>instances by business key, activities by their Romanian names, dates dd.MM.yyyy HH:mm on
 *       Bucharest's clock; variables by their Romanian labels, the raw name in the title;</li>
 *   <li>another institution's HR sees none of UVT's instances and tasks.</li>
 * </ul>
 */
@DosarTest
class CockpitForHrBrowserTest {

  /**
   * English UI strings of Cockpit and of the issue's observations; none may be on a page HR sees.
   */
  static final List<String> ENGLISH = List.of(
      "Dashboard", "Processes", "Decisions", "Human Tasks", "Deployments", "Batches",
      "Running Process Instances", "Open Incidents", "Open Human Tasks", "Process Definitions",
      "Decision Definitions", "Instances", "Incidents", "Called Process Definitions",
      "Called Process Instances", "Job Definitions", "Start Time", "End Time", "Business Key",
      "Version", "Running", "Variables", "User Tasks", "No user tasks", "Activity",
      "Assignee", "Owner", "Created", "Due Date", "Follow Up Date", "Task ID", "Name", "Value",
      "Scope", "Type", "Loading", "Add variable", "Suspend", "Cancel", "Retry", "Migrate",
      "does not have", "permission", "Log out", "My profile", "Powered by",
      "Date and Time displayed in local timezone", "migrate to Camunda 8",
      "multiInstanceBody");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern UUID = Pattern.compile(
      "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
      .withZone(ZoneId.of("Europe/Bucharest"));

  /**
   * Every control of Cockpit that changes something: the toolbars of a definition and of an
   * instance (suspend, cancel, add a variable, retries, modification), a variable's edit and delete
   * buttons, in-place editors (history time to live), a task's assignee and candidates, job and
   * job definition actions, incident retries and annotations, batch operations, deletion of a
   * deployment.
   */
  static final List<By> CONTROLS = List.of(
      By.cssSelector(".ctn-toolbar .btn-toolbar"),
      By.cssSelector("[cam-widget-variables-table] td.actions"),
      By.cssSelector(".edit-toggle"),
      By.cssSelector(".change-group-identity-links"),
      By.cssSelector(".user-tasks .action, .user-tasks-table .action"),
      By.cssSelector(".action-button:not([ng-click^='openLog'])"),
      By.cssSelector("a.edit[ng-click='openModal()']"),
      By.cssSelector("a[href*='#/batch/operation'], a[href*='#/migration']"),
      By.cssSelector(".delete-deployment, .batch-controls, .instance-upgrade-link"),
      By.cssSelector("[ng-click='showDialog()'], [ng-click^='changeUserIdentityLinks'],"
          + " [ng-click^='changeGroupIdentityLinks'], [ng-click^='cancelProcessInstance'],"
          + " [ng-click^='updateSuspensionState'], [ng-click^='toggleSuspension'],"
          + " [ng-click^='ctrl.toggleSuspension'], [ng-click^='openSuspensionStateDialog'],"
          + " [ng-click^='openDialog(jobDefinition'], [ng-click^='openJobRetryDialog'],"
          + " [ng-click^='openExternalTaskRetryDialog'], [ng-click^='openRecalculationWindow'],"
          + " [ng-click^='retryFailedJobs'], [ng-click^='ctrl.retryJob'],"
          + " [ng-click^='ctrl.retryAll'], [ng-click^='ctrl.deleteJob'],"
          + " [ng-click^='ctrl.openDeleteModal'], [ng-click^='enableEditMode'],"
          + " [ng-click^='deleteVariable'], [ng-click^='uploadVariable'],"
          + " [ng-click^='updateAnnotation'], [ng-click^='deleteDeployment']"),
      By.xpath("//button[.//span[contains(@class,'glyphicon-pencil')]]"));

  @RegisterExtension
  static final Browser browser = Browser.chromium();

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ContestRepository contests;

  private final List<String> authorizations = new ArrayList<>();
  private final List<String> users = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestGranted() {
    authorizations.forEach(authorizationService::deleteAuthorization);
    users.forEach(identityService::deleteUser);
  }

  @Test
  void hrSeesNoControlThatChangesAnythingAndNoEnglishOnAnyPageItOpens() throws IOException {
    browser.logIn(Browser.Webapp.COCKPIT, "hr");
    for (Map.Entry<String, String> page : hrPages().entrySet()) {
      openAndWaitForTheAnswer(page.getValue(), page.getKey());
      assertThat(answer()).as(page.getKey()).isEqualTo("false");
      assertThat(displayedControls()).as("controls shown to hr on " + page.getKey()).isEmpty();
      assertNoEnglish(page.getKey());
    }
  }

  @Test
  void theAdministratorSeesTheControlsOnTheSamePages() {
    browser.logIn(Browser.Webapp.COCKPIT, "demo");
    Map<String, String> pages = hrPages();
    for (String page : List.of("the contest's definition", "the contest's variables",
        "the contest's user tasks")) {
      openAndWaitForTheAnswer(pages.get(page), page);
      assertThat(answer()).as(page).isEqualTo("true");
      assertThat(displayedControls()).as("controls shown to demo on " + page).isNotEmpty();
    }
  }

  @Test
  void aSupervisorAllowedToChangeOneInstanceSeesTheControlsThereOnly() {
    ProcessInstance own = new ContestDriver(engine).propose("VACANT", "EXECUTION").instance;
    String user = "supraveghetor" + System.nanoTime();
    createHrOfficer(user, "UVT");
    Authorization grant = authorizationService.createNewAuthorization(
        Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setResource(Resources.PROCESS_INSTANCE);
    grant.setResourceId(own.getId());
    grant.addPermission(Permissions.UPDATE);
    authorizations.add(authorizationService.saveAuthorization(grant).getId());

    browser.logIn(Browser.Webapp.COCKPIT, user, user);
    String cockpit = browser.url(Browser.Webapp.COCKPIT);
    openAndWaitForTheAnswer(cockpit + "#/process-instance/" + own.getId()
        + "/runtime?tab=variables-tab", "the instance he may change");
    assertThat(answer()).isEqualTo("true");
    browser.waitUntil("the suspend button", driver -> !displayed(
        By.cssSelector(".ctn-toolbar .btn-suspend-action")).isEmpty());

    openAndWaitForTheAnswer(cockpit + "#/process-instance/" + demoContest()
        + "/runtime?tab=variables-tab", "an instance he may not change");
    assertThat(answer()).isEqualTo("false");
    assertThat(displayedControls()).isEmpty();
  }

  @Test
  void theServerRefusesHrsChangesAndNothingChanges() throws Exception {
    String instance = demoContest();
    Object status = runtimeService.getVariable(instance,
        ContestHiringProcess.Variables.CONTEST_STATUS);
    // A member's selection task: it lives in a file's instance, called by the contest.
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("CONCURS-1").list()
        .get(0);
    String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getProcessDefinitionId();
    Integer ttl = repositoryService.getProcessDefinition(definition).getHistoryTimeToLive();
    browser.logIn(Browser.Webapp.COCKPIT, "hr");
    browser.open(browser.url(Browser.Webapp.COCKPIT) + "#/process-instance/" + instance
        + "/runtime");
    browser.waitUntil("the business key", driver -> browser.bodyText().contains("CONCURS-1"));
    String api = "/camunda/api/engine/engine/default/";

    List<String[]> changes = List.of(
        new String[] {"PUT", "process-instance/" + instance + "/variables/contestStatus",
            "{\"value\":\"FILLED\",\"type\":\"String\"}"},
        new String[] {"DELETE", "process-instance/" + instance + "/variables/contestStatus", ""},
        new String[] {"POST", "process-instance/" + instance + "/variables",
            "{\"modifications\":{\"contestStatus\":{\"value\":\"FILLED\"}}}"},
        new String[] {"PUT", "process-instance/" + instance + "/suspended",
            "{\"suspended\":true}"},
        new String[] {"DELETE", "process-instance/" + instance, ""},
        new String[] {"POST", "process-instance/" + instance + "/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"fileSelection\"}]}"},
        new String[] {"POST", "task/" + task.getId() + "/assignee", "{\"userId\":\"hr\"}"},
        new String[] {"POST", "task/" + task.getId() + "/identity-links",
            "{\"groupId\":\"hr\",\"type\":\"candidate\"}"},
        new String[] {"PUT", "process-definition/" + definition + "/suspended",
            "{\"suspended\":true,\"includeProcessInstances\":true}"},
        new String[] {"PUT", "process-definition/" + definition + "/history-time-to-live",
            "{\"historyTimeToLive\":1}"},
        new String[] {"POST", "process-instance/suspended-async",
            "{\"processInstanceIds\":[\"" + instance + "\"],\"suspended\":true}"},
        new String[] {"POST", "process-instance/delete",
            "{\"processInstanceIds\":[\"" + instance + "\"]}"});
    for (String[] change : changes) {
      var answer = browser.request(change[0], api + change[1], change[2]);
      assertThat(answer.statusCode()).as(String.join(" ", change) + " → " + answer.body())
          .isIn(400, 403, 404);
    }
    assertThat(runtimeService.getVariable(instance,
        ContestHiringProcess.Variables.CONTEST_STATUS)).isEqualTo(status);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance)
        .active().count()).isOne();
    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getAssignee()).isEqualTo(task.getAssignee());
    assertThat(repositoryService.getProcessDefinition(definition).isSuspended()).isFalse();
    assertThat(repositoryService.getProcessDefinition(definition).getHistoryTimeToLive())
        .isEqualTo(ttl);
    assertThat(engine.getManagementService().createBatchQuery().list()).noneMatch(batch ->
        "hr".equals(batch.getCreateUserId()));
  }

  @Test
  void instancesByBusinessKeyActivitiesByNameDatesOnBucharestsClock() throws IOException {
    String instance = demoContest();
    ShownDate firstDate = firstDateOfTheVariables(instance);
    browser.logIn(Browser.Webapp.COCKPIT, "hr");
    String cockpit = browser.url(Browser.Webapp.COCKPIT);

    // The contest's instances list their business keys.
    ProcessDefinition definition = repositoryService.getProcessDefinition(runtimeService
        .createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId());
    browser.open(cockpit + "#/process-definition/" + definition.getId() + "/runtime");
    browser.waitUntil("the contest's instance by its business key",
        driver -> browser.bodyText().contains("CONCURS-1"));

    // The instance's page: the business key, never the id, in the breadcrumbs; dates as
    // dd.MM.yyyy (HH:mm on Bucharest's clock) in the variables.
    browser.open(cockpit + "#/process-instance/" + instance + "/runtime?tab=variables-tab");
    browser.waitUntil("the variables", driver -> !variableValues().isBlank());
    if (firstDate.page() > 1) {
      browser.click(By.xpath("//ul[contains(@class,'pagination')]//a[normalize-space()='"
          + firstDate.page() + "']"));
    }
    browser.waitUntil("the first date of the variables as " + firstDate.shown(),
        driver -> variableValues().contains(firstDate.shown()));
    browser.waitUntil("the business key in the breadcrumbs", driver -> breadcrumbs()
        .contains("CONCURS-1") && !UUID.matcher(breadcrumbs()).find());
    assertThat(ISO_DATE.matcher(variableValues()).find()).as(variableValues()).isFalse();
    assertThat(variableValues()).doesNotContain("+0000");

    // The activity tree (the sidebar's filter tab): Romanian names, no ids, no expressions.
    browser.click(By.xpath("//a[normalize-space()='Filtru']"));
    By tree = By.cssSelector(".tree-node-label");
    browser.waitUntil("the activity tree", driver -> !displayed(tree).isEmpty());
    browser.waitUntil("the selection of the files, all instances", driver ->
        treeText().contains("Selecția dosarelor") && treeText().contains("(toate instanțele)")
            && !treeText().contains("#multiInstanceBody") && !treeText().contains("${"));
    browser.screenshot("cockpit-instanta-hr");

    // A file's own instance (called by the contest): its members' tasks named after the file.
    String file = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
        .list().get(0).getId();
    browser.open(cockpit + "#/process-instance/" + file + "/runtime?tab=variables-tab");
    browser.click(By.xpath("//a[normalize-space()='Filtru']"));
    browser.waitUntil("the members' selection tasks named after their file", driver ->
        treeText().matches("(?s).*Selecția dosarului cu codul \\d+.*")
            && !treeText().contains("#multiInstanceBody") && !treeText().contains("${"));
  }

  @Test
  void variablesByTheirRomanianLabelsWithTheRawNameInTheTitle() {
    String instance = demoContest();
    List<String> variables = runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
        .orderByVariableName().asc().list().stream()
        .map(org.camunda.bpm.engine.runtime.VariableInstance::getName).toList();
    int page = variables.indexOf("contestStatus") / 50 + 1;
    assertThat(page).as("contestStatus among " + variables).isPositive();
    browser.logIn(Browser.Webapp.COCKPIT, "hr");
    browser.open(browser.url(Browser.Webapp.COCKPIT) + "#/process-instance/" + instance
        + "/runtime?tab=variables-tab");
    browser.waitUntil("the variables", driver -> !variableValues().isBlank());
    if (page > 1) {
      browser.click(By.xpath("//ul[contains(@class,'pagination')]//a[normalize-space()='"
          + page + "']"));
    }
    By names = By.cssSelector("[cam-widget-variables-table] td.col-name");
    browser.waitUntil("the contest's status by its Romanian label", driver -> browser.all(names)
        .stream().anyMatch(cell -> cell.getText().trim().equals("Starea concursului")));
    WebElement status = browser.all(names).stream()
        .filter(cell -> cell.getText().trim().equals("Starea concursului")).findFirst()
        .orElseThrow();
    assertThat(status.findElements(By.cssSelector("[title='contestStatus']")))
        .as("the raw name in the title").isNotEmpty();
    assertThat(browser.all(By.cssSelector("[cam-widget-variables-table] td")).stream()
        .map(cell -> cell.getText().trim()))
        .doesNotContain("contestStatus", "selectionDueAt", "ccMembers");
  }

  /**
   * Issue 17, item 4 in Cockpit: HR reads the contest's variables as their values' Romanian labels
   * (the forms' options, Java's words for the codes it writes, Da/Nu), the raw code in the title;
   * the scope column names activities without "…" or "${…}"; the search pills say the variable
   * and its value in Romanian.
   */
  @Test
  void variableValuesByTheirRomanianLabelsAndScopesWithoutPlaceholders() throws IOException {
    String instance = demoContest();
    Map<String, Map<String, String>> labels = valueLabels();
    // The status the contest's variable mirrors (ContestVariables.setStatus).
    String status = contests.get(1).status().name();
    browser.logIn(Browser.Webapp.COCKPIT, "hr");
    String cockpit = browser.url(Browser.Webapp.COCKPIT);

    List<Map<String, String>> rows = allVariableRows(cockpit + "#/process-instance/" + instance
        + "/runtime?tab=variables-tab", labels);
    assertThat(rows).hasSize((int) runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(instance).count());
    Map<String, String> contestStatus = rows.stream()
        .filter(row -> row.get("name").equals("contestStatus")).findFirst().orElseThrow();
    assertThat(contestStatus.get("value")).isEqualTo(labels.get("contestStatus").get(status));
    assertThat(contestStatus.get("code")).as("the raw code in the title").isEqualTo(status);
    assertThat(rows).as("the post's category and type in Romanian")
        .anySatisfy(row -> assertThat(row).containsEntry("name", "postCategory")
            .containsEntry("value", "Funcție de execuție").containsEntry("code", "EXECUTION"))
        .anySatisfy(row -> assertThat(row).containsEntry("name", "vacancyType")
            .containsEntry("code", "VACANT"));
    for (Map<String, String> row : rows) {
      Map<String, String> codes = labels.getOrDefault(row.get("name"), Map.of());
      assertThat(codes).as("a raw code shown for " + row).doesNotContainKey(row.get("value"));
      if (codes.containsKey(row.get("code"))) {
        assertThat(row.get("value")).as(row.toString()).isEqualTo(codes.get(row.get("code")));
      }
      if (row.get("type").equals("Boolean") && codes.isEmpty()) {
        assertThat(row.get("value")).as(row.toString()).isIn("Da", "Nu");
      }
      assertThat(row.get("scope")).as("the scope of " + row).isNotBlank()
          .doesNotContain("…").doesNotContain("${");
    }
    String shown = rows.toString();
    for (String code : List.of("SELECTION", "EXECUTION", "VACANT", "LEADERSHIP")) {
      assertThat(Pattern.compile("=" + code + "[,}]").matcher(shown.replaceAll(
          "code=[A-Z_]+", "")).find()).as(code + " shown as text in " + shown).isFalse();
    }

    // A file's instance: the members' scopes named after the file they select.
    String file = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
        .list().get(0).getId();
    List<Map<String, String>> fileRows = allVariableRows(cockpit + "#/process-instance/" + file
        + "/runtime?tab=variables-tab", labels);
    assertThat(fileRows).extracting(row -> row.get("scope"))
        .anyMatch(scope -> scope.matches("Selecția dosarului cu codul \\d+"))
        .noneMatch(scope -> scope.contains("…") || scope.contains("${") || scope.isBlank());

    // The search pills: "Starea concursului = Selecția dosarelor", the raw ones in the titles.
    String query = "[{\"type\":\"variableValues\",\"operator\":\"eq\",\"value\":\""
        + status + "\",\"name\":\"contestStatus\"}]";
    browser.open("about:blank");
    browser.open(cockpit + "#/process-instance/" + instance + "/runtime?tab=variables-tab"
        + "&searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    By pill = By.cssSelector(".search-label");
    browser.waitUntil("the search pill in Romanian", driver -> browser.all(pill).stream()
        .anyMatch(label -> label.getText().contains("Starea concursului")
            && label.getText().contains(labels.get("contestStatus").get(status))));
    assertThat(browser.all(By.cssSelector(".search-label .name-field[title='contestStatus']")))
        .isNotEmpty();
    browser.screenshot("cockpit-variabile-hr");
  }

  @Test
  void anotherInstitutionsHrSeesNoneOfUvtsInstancesOrTasks() throws Exception {
    String mfHr = "mf.hr.cockpit" + System.nanoTime();
    createHrOfficer(mfHr, "MFRM");
    String instance = demoContest();
    String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getProcessDefinitionId();

    browser.logIn(Browser.Webapp.COCKPIT, mfHr, mfHr);
    String cockpit = browser.url(Browser.Webapp.COCKPIT);
    browser.open(cockpit + "#/process-definition/" + definition + "/runtime");
    browser.waitUntil("the contest's (empty) instances list",
        driver -> browser.bodyText().contains("Instanțe de proces"));
    var uvt = browser.request("POST", "/camunda/api/cockpit/plugin/base/default/process-instance",
        "{\"processDefinitionId\":\"" + definition + "\"}");
    assertThat(uvt.statusCode()).isEqualTo(200);
    assertThat(uvt.body()).doesNotContain(instance).isEqualTo("[]");
    var tasks = browser.request("GET", "/camunda/api/engine/engine/default/task?"
        + "processInstanceId=" + instance, "");
    assertThat(tasks.body()).isEqualTo("[]");
    var report = browser.request("GET", "/camunda/api/engine/engine/default/task/report/"
        + "candidate-group-count", "");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).isEqualTo("[]");
    assertThat(browser.bodyText()).doesNotContain("CONCURS-1");

    browser.open(cockpit + "#/process-instance/" + instance + "/runtime");
    browser.waitUntil("the instance not found", driver -> !browser.bodyText().isBlank());
    assertThat(browser.bodyText()).doesNotContain("CONCURS-1");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The pages HR opens in Cockpit, by what they show. */
  private Map<String, String> hrPages() {
    String cockpit = browser.url(Browser.Webapp.COCKPIT);
    String instance = demoContest();
    String scoring = contests.get(2).processInstanceId();
    String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getProcessDefinitionId();
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("the dashboard", cockpit + "#/dashboard");
    pages.put("the processes", cockpit + "#/processes");
    pages.put("the contest's definition", cockpit + "#/process-definition/" + definition
        + "/runtime");
    pages.put("the contest's history", cockpit + "#/process-definition/" + definition
        + "/history");
    pages.put("the contest's variables", cockpit + "#/process-instance/" + instance
        + "/runtime?tab=variables-tab");
    pages.put("the contest's user tasks", cockpit + "#/process-instance/" + instance
        + "/runtime?tab=user-tasks-tab");
    pages.put("the contest's called instances", cockpit + "#/process-instance/" + scoring
        + "/runtime?tab=called-process-instances-tab");
    pages.put("the contest's incidents", cockpit + "#/process-instance/" + instance
        + "/runtime?tab=incidents-tab");
    pages.put("the human tasks", cockpit + "#/tasks");
    pages.put("the batches", cockpit + "#/batch");
    pages.put("the deployments", cockpit + "#/repository");
    return pages;
  }

  private String demoContest() {
    return contests.get(1).processInstanceId();
  }

  /** An HR officer of the institution (tenant) with Cockpit, as the demo's {@code hr}. */
  private void createHrOfficer(String id, String tenant) {
    User user = identityService.newUser(id);
    user.setFirstName("Ana");
    user.setLastName("Supraveghetor");
    user.setPassword(id);
    identityService.saveUser(user);
    users.add(id);
    identityService.createMembership(id, RoleGroups.HR);
    identityService.createTenantUserMembership(tenant, id);
  }

  private void openAndWaitForTheAnswer(String address, String page) {
    browser.open("about:blank");
    browser.open(address);
    browser.waitUntil("the engine's answer on " + page, driver -> mayEdit() != null);
    // Cockpit's tables and tabs say "Se încarcă…" until their requests are answered.
    browser.waitUntil(page + " loaded", driver -> !browser.bodyText().contains("Se încarcă"));
  }

  /** The engine's answer for the page, once given (a change of page asks again). */
  private String answer() {
    return browser.waitUntil("the engine's answer", driver -> mayEdit());
  }

  /** What Dosar's Cockpit script learned from the engine: "true", "false", or null not yet. */
  private String mayEdit() {
    Object answer = ((JavascriptExecutor) browser.driver())
        .executeScript("return document.body.dataset.dosarMayEdit || null;");
    return answer == null ? null : answer.toString();
  }

  private List<String> displayedControls() {
    List<String> shown = new ArrayList<>();
    for (By control : CONTROLS) {
      for (WebElement element : displayed(control)) {
        shown.add(control + ": " + element.getText());
      }
    }
    return shown;
  }

  private List<WebElement> displayed(By locator) {
    return browser.all(locator).stream().filter(WebElement::isDisplayed).toList();
  }

  private String breadcrumbs() {
    return browser.all(By.cssSelector(".breadcrumbs, [cam-breadcrumbs-panel], .ctn-header"))
        .stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
  }

  private String treeText() {
    return browser.all(By.cssSelector(".tree-node-label")).stream().map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  /** A date of the contest's variables and where Cockpit lists it (50 a page, by name). */
  record ShownDate(int page, String shown) {
  }

  /**
   * The first date of Cockpit's variables list and how it must read: a Date variable as
   * dd.MM.yyyy HH:mm in Bucharest, an ISO day kept as text as dd.MM.yyyy.
   */
  private ShownDate firstDateOfTheVariables(String instance) {
    List<org.camunda.bpm.engine.runtime.VariableInstance> variables = runtimeService
        .createVariableInstanceQuery().processInstanceIdIn(instance).orderByVariableName().asc()
        .list();
    for (int i = 0; i < variables.size(); i++) {
      Object value = variables.get(i).getValue();
      if (value instanceof Date date) {
        return new ShownDate(i / 50 + 1, DAY_TIME.format(date.toInstant()));
      }
      if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return new ShownDate(i / 50 + 1,
            text.substring(8) + "." + text.substring(5, 7) + "." + text.substring(0, 4));
      }
    }
    throw new AssertionError("no date among the contest's variables");
  }

  private String variableValues() {
    return browser.all(By.cssSelector("[cam-widget-variables-table] td")).stream()
        .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
  }

  /** The value labels Cockpit shows: variable name → (code → label). */
  private static Map<String, Map<String, String>> valueLabels() throws IOException {
    ObjectMapper json = new ObjectMapper();
    return json.convertValue(json.readTree(Files.readString(Path.of("src/main/resources/"
        + "META-INF/resources/webjars/camunda/app/cockpit/scripts/variable-labels.json")))
        .get("values"), new TypeReference<Map<String, Map<String, String>>>() { });
  }

  /**
   * The rows of every page of an instance's variables (50 a page), once Dosar's script has
   * labelled them: name (raw), type, value (shown), code (the value's title, where labelled),
   * scope.
   */
  private List<Map<String, String>> allVariableRows(String address,
      Map<String, Map<String, String>> labels) {
    browser.open("about:blank");
    browser.open(address);
    browser.waitUntil("the variables", driver -> !variableRows().isEmpty());
    List<Map<String, String>> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      if (page > 1) {
        By next = By.xpath("//ul[contains(@class,'pagination')]//a[normalize-space()='" + page
            + "']");
        if (browser.all(next).isEmpty()) {
          break;
        }
        String first = variableRows().get(0).get("name");
        browser.click(next);
        browser.waitUntil("page " + page, driver -> !variableRows().isEmpty()
            && !variableRows().get(0).get("name").equals(first));
      }
      int shownPage = page;
      List<Map<String, String>> rows = browser.waitUntil("the labelled values of page " + page,
          driver -> {
            List<Map<String, String>> shown = variableRows();
            boolean labelled = shown.stream().allMatch(row -> !labels.getOrDefault(
                row.get("name"), Map.of()).containsKey(row.get("value"))
                && !row.get("scope").contains("${") && !row.get("scope").contains("…")
                && !(row.get("type").equals("Boolean")
                    && List.of("true", "false").contains(row.get("value"))));
            return labelled ? shown : null;
          });
      assertThat(rows).as("page " + shownPage).isNotEmpty();
      all.addAll(rows);
      if (rows.size() < 50) {
        break;
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, String>> variableRows() {
    Object rows = ((JavascriptExecutor) browser.driver()).executeScript("""
        const text = cell => cell ? cell.textContent.trim() : '';
        const titled = cell => {
          if (!cell) return '';
          const shown = text(cell);
          const element = Array.from(cell.querySelectorAll('[title]'))
            .find(each => each.textContent.trim() === shown);
          return element ? element.getAttribute('title') : '';
        };
        return Array.from(document.querySelectorAll('[cam-widget-variables-table] tbody tr'))
          .map(row => {
            const cell = column => row.querySelector(':scope > td.col-' + column);
            return {name: titled(cell('name')) || text(cell('name')), type: text(cell('type')),
              value: text(cell('value')), code: titled(cell('value')),
              scope: text(cell('scope'))};
          });
        """);
    return (List<Map<String, String>>) rows;
  }

  /** No English UI string, as a whole word, and no "${…}" or "#multiInstanceBody" shown. */
  private void assertNoEnglish(String page) {
    String text = browser.bodyText();
    List<String> found = ENGLISH.stream().filter(english -> Pattern.compile(
        "\\b" + Pattern.quote(english) + "\\b", Pattern.UNICODE_CHARACTER_CLASS).matcher(text)
        .find()).toList();
    assertThat(found).as("English UI strings on " + page + ":\n" + text).isEmpty();
    assertThat(PLACEHOLDER.matcher(text).find()).as("an expression on " + page + ":\n" + text)
        .isFalse();
  }
}
