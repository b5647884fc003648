package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository;
import ro.dosar.support.DosarTest;
import ro.dosar.support.Http;

/**
 * Issue 15: a document request ({@code documentGeneration}, whose instance keeps copies of the
 * step's variables in its history) runs in the tenant of the procedure that asked for it, so
 * only that institution's users can ever read it. A UVT contest's proposal (approved by the
 * Rector: a step asks for Annex 1) and an MFRM function evaluation cycle's proposals (a unit's
 * request asks for the Annex 2 forms) each get their own institution's tenant. Even with the
 * same right to read these requests' history (granted here to the group {@code hr}, as an
 * administrator could for supervision), UVT's HR reads only UVT's and MFRM's HR only MFRM's.
 */
@DosarTest
@TestPropertySource(properties = "dosar.documents.asynchronous=true")
class DocumentRequestTenantTest {

  static final String MF_HR = "mf.hr.documents";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;

  private Authorization historyGrant;

  @BeforeEach
  void hrOfBothInstitutionsMayReadDocumentRequestHistory() {
    if (identity.createUserQuery().userId(MF_HR).count() == 0) {
      User user = identity.newUser(MF_HR);
      user.setFirstName("Doina");
      user.setLastName("Ursu");
      user.setPassword(MF_HR);
      identity.saveUser(user);
      identity.createMembership(MF_HR, RoleGroups.HR);
      identity.createTenantUserMembership("MFRM", MF_HR);
    }
    historyGrant = engine.getAuthorizationService()
        .createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    historyGrant.setGroupId(RoleGroups.HR);
    historyGrant.setResource(Resources.PROCESS_DEFINITION);
    historyGrant.setResourceId(DocumentGeneration.PROCESS_KEY);
    historyGrant.addPermission(Permissions.READ_HISTORY);
    historyGrant = engine.getAuthorizationService().saveAuthorization(historyGrant);
  }

  @AfterEach
  void withdrawTheGrant() {
    engine.getAuthorizationService().deleteAuthorization(historyGrant.getId());
    identity.clearAuthentication();
  }

  private Http as(String user) {
    return Http.as(port, user, user);
  }

  @Test
  void aUvtAndAnMfrmDocumentRequest_eachRunInTheirInstitutionsTenant_andOnlyItReadsTheirHistory() {
    String uvtRequest = uvtProposalDocumentRequest();
    String mfrmRequest = mfrmProposalDocumentRequest();

    assertThat(tenantOf(uvtRequest)).isEqualTo("UVT");
    assertThat(tenantOf(mfrmRequest)).isEqualTo("MFRM");

    for (String path : List.of("/engine-rest/history/process-instance?processInstanceId=",
        "/engine-rest/history/variable-instance?processInstanceId=",
        "/engine-rest/history/activity-instance?processInstanceId=",
        "/engine-rest/history/detail?processInstanceId=")) {
      assertThat(list(as("hr").get(path + uvtRequest))).as("hr " + path).isNotEmpty();
      assertThat(list(as(MF_HR).get(path + uvtRequest))).as(MF_HR + " " + path).isEmpty();
      assertThat(list(as(MF_HR).get(path + mfrmRequest))).as(MF_HR + " " + path).isNotEmpty();
      assertThat(list(as("hr").get(path + mfrmRequest))).as("hr " + path).isEmpty();
    }
    assertThat(list(as(MF_HR).get("/engine-rest/history/process-instance?processDefinitionKey="
        + DocumentGeneration.PROCESS_KEY)).findValuesAsText("tenantId")).containsOnly("MFRM");
    assertThat(list(as("hr").get("/engine-rest/history/process-instance?processDefinitionKey="
        + DocumentGeneration.PROCESS_KEY)).findValuesAsText("tenantId")).doesNotContain("MFRM");
  }

  /** UVT: sef proposes, HR endorses, the Rector approves; the approval asks for Annex 1. */
  private String uvtProposalDocumentRequest() {
    HttpResponse<String> started = as("sef").postJson(
        "/engine-rest/process-definition/key/contestHiring/submit-form",
        "{\"variables\":{\"postName\":{\"value\":\"Referent documente " + System.nanoTime()
            + "\"},\"structure\":{\"value\":\"Facultatea de Litere\"},"
            + "\"postCategory\":{\"value\":\"EXECUTION\"},\"vacancyType\":{\"value\":\"VACANT\"},"
            + "\"postsCount\":{\"value\":1},\"writtenTest\":{\"value\":true}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance contest = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(Http.json(started).path("id").asText()).singleResult();
    work(contest, "hr", "{\"variables\":{\"hrEndorsed\":{\"value\":true}}}");
    work(contest, "rector", "{\"variables\":{\"proposalApproved\":{\"value\":\"true\"}}}");
    List<HistoricProcessInstance> requests = engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processDefinitionKey(DocumentGeneration.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey(contest)).list();
    assertThat(requests).as("the approval asked for the proposal's document").hasSize(1);
    return requests.get(0).getId();
  }

  private String businessKey(ProcessInstance contest) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.getId()).singleResult().getBusinessKey();
  }

  /** Claims the contest's open task as the user and submits the form. */
  private void work(ProcessInstance contest, String user, String form) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(contest.getId())
        .singleResult();
    HttpResponse<String> claimed = as(user).postJson("/engine-rest/task/" + task.getId()
        + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    HttpResponse<String> submitted = as(user).postJson("/engine-rest/task/" + task.getId()
        + "/submit-form", form);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  /** MFRM: a budgetary unit proposes a function for the demo cycle (Annex 2 form). */
  private String mfrmProposalDocumentRequest() {
    long cycle = jdbc.sql("SELECT MIN(id) FROM function_evaluation_cycle").query(Long.class)
        .single();
    String businessKey = FunctionCycleRepository.businessKey(cycle);
    Set<String> before = requestsOf(businessKey);
    HttpResponse<String> proposed = as("mf.unitate").postJson("/api/paygrade/cycles/" + cycle
        + "/proposals", """
        {"unitCode":"UB-07","unitName":"Direcția finanțe Soroca","authorityCode":"MF",
         "authorityName":"Ministerul Finanțelor","functions":[{"occupationalGroup":
         "Funcții de specialitate","functionName":"Specialist documente","currentGrade":7,
         "form":{"eduDepth":"5","eduScope":"M","ccdDepth":"3","ccdScope":"M","decDepth":"3",
         "decScope":"S","leadDepth":"2","leadScope":"S","commDepth":"4","commScope":"M",
         "workDepth":"1","workScope":"S","effPhysical":"1","effMental":"M",
         "jobDescriptionRef":"Fișa postului nr. 7/2026","headSignedBy":"Ion Rusu",
         "executorSignedBy":"Ana Ceban"}}]}""");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    assertThat(Http.json(proposed).path("cycle").asText()).isEqualTo(businessKey);
    Set<String> after = requestsOf(businessKey);
    after.removeAll(before);
    assertThat(after).as("the proposal asked for its form's document").hasSize(1);
    return after.iterator().next();
  }

  private Set<String> requestsOf(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DocumentGeneration.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  private String tenantOf(String request) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(request).singleResult().getTenantId();
  }

  private static JsonNode list(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = Http.json(response);
    assertThat(list.isArray()).as(response.body()).isTrue();
    return list;
  }
}
