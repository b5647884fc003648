package ro.dosar.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.cache.Cache;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.DosarTest;

/**
 * Tasklist's list of a filter (HAL: {@code POST /filter/{id}/list}, {@code Accept:
 * application/hal+json}) embeds what Tasklist shows of each task — its assignee's name, its
 * process's name — and resolves them once per user: the HAL relation caches are configured
 * (docs/performance.md, "P3: Tasklist's HAL list").
 */
@DosarTest
class HalTaskListTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  private String user;
  private String processKey;
  private String filterId;
  /** The tenant the instance was started in (the default institution's), the user's too. */
  private List<String> tenants;

  @BeforeEach
  void aUserWithOneTaskOfHisOwnProcess() {
    String suffix = Long.toString(System.nanoTime());
    user = "hal" + suffix;
    processKey = "halList" + suffix;
    User created = engine.getIdentityService().newUser(user);
    created.setFirstName("Ioana");
    created.setLastName("Hal");
    created.setPassword(user);
    engine.getIdentityService().saveUser(created);
    Authorization read = engine.getAuthorizationService()
        .createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId(user);
    read.setResource(Resources.PROCESS_DEFINITION);
    read.setResourceId(processKey);
    read.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(read);
    BpmnModelInstance model = Bpmn.createExecutableProcess(processKey)
        .name("Proces de probă " + suffix).camundaHistoryTimeToLive(1)
        .startEvent().userTask("work").name("Sarcină de probă").camundaAssignee(user)
        .endEvent().done();
    engine.getRepositoryService().createDeployment().name(processKey)
        .addModelInstance(processKey + ".bpmn", model).deploy();
    String tenant = engine.getRuntimeService().startProcessInstanceByKey(processKey, processKey)
        .getTenantId();
    if (tenant != null) {
      engine.getIdentityService().createTenantUserMembership(tenant, user);
    }
    tenants = tenant == null ? List.of() : List.of(tenant);
    filterId = engine.getFilterService().createFilterQuery().filterName("Sarcinile mele")
        .singleResult().getId();
  }

  @AfterEach
  void noUserLeftOnTheTestThread() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theListEmbedsTheAssigneesNameAndTheProcessName_resolvedOncePerUser() throws Exception {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).singleResult();

    JsonNode first = tasklistPage(user);

    assertPageOfOneTask(first, definition);
    // What the page resolved is kept for this user (no query for it on his next page)...
    Cache users = Hal.getInstance().getHalRelationCache(HalUser.class);
    Cache definitions = Hal.getInstance().getHalRelationCache(HalProcessDefinition.class);
    assertThat(users).isInstanceOf(UserScopedHalCache.class);
    engine.getIdentityService().setAuthentication(user, List.of(), tenants);
    assertThat(users.get(user)).isInstanceOf(HalUser.class);
    assertThat(((HalUser) users.get(user)).getLastName()).isEqualTo("Hal");
    assertThat(definitions.get(definition.getId())).isInstanceOf(HalProcessDefinition.class);
    // ...and for him only.
    engine.getIdentityService().setAuthentication("membru1", List.of("commission"), tenants);
    assertThat(users.get(user)).isNull();
    assertThat(definitions.get(definition.getId())).isNull();
    engine.getIdentityService().clearAuthentication();

    JsonNode second = tasklistPage(user);

    assertPageOfOneTask(second, definition);
  }

  private void assertPageOfOneTask(JsonNode page, ProcessDefinition definition) {
    assertThat(page.path("count").asLong()).isEqualTo(1);
    JsonNode embedded = page.path("_embedded");
    assertThat(embedded.path("task")).hasSize(1);
    assertThat(embedded.path("task").get(0).path("id").asText()).isEqualTo(taskId());
    assertThat(embedded.path("task").get(0).path("assignee").asText()).isEqualTo(user);
    assertThat(embedded.path("assignee")).hasSize(1);
    assertThat(embedded.path("assignee").get(0).path("id").asText()).isEqualTo(user);
    assertThat(embedded.path("assignee").get(0).path("firstName").asText()).isEqualTo("Ioana");
    assertThat(embedded.path("assignee").get(0).path("lastName").asText()).isEqualTo("Hal");
    assertThat(embedded.path("processDefinition")).hasSize(1);
    assertThat(embedded.path("processDefinition").get(0).path("id").asText())
        .isEqualTo(definition.getId());
    assertThat(embedded.path("processDefinition").get(0).path("name").asText())
        .isEqualTo(definition.getName());
  }

  private String taskId() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(processKey)
        .singleResult().getId();
  }

  /** The filter "Sarcinile mele" as Tasklist lists it: HAL, page of 15, Tasklist's body. */
  private JsonNode tasklistPage(String who) throws IOException, InterruptedException {
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"firstResult\":0,\"maxResults\":15,"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((who + ":" + who).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/hal+json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
