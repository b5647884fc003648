package ro.dosar.equality.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.equality.complaint.ComplaintClient.json;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;

/**
 * The plan gives no complaint deadlines (spec §6.7 step 11, §12.2 item 10): while the
 * institution has not configured them, no complaint process starts, by any way in.
 */
@ProcessTest
class ComplaintsUnconfiguredTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  ComplaintRepository cases;
  @LocalServerPort
  int port;

  @Test
  void noComplaintStartsWhileTheDeadlinesAreUnset() {
    User officer = identity.newUser("eo");
    officer.setPassword("eo");
    identity.saveUser(officer);
    identity.createMembership("eo", "equality-officer");

    HttpResponse<String> online = Http.anonymous(port).postJson("/api/public/complaints",
        json(Map.of("type", "SEXUAL_HARASSMENT", "description", "descriere")));
    assertThat(online.statusCode()).isEqualTo(503);
    assertThat(online.body()).contains("termenele nu sunt stabilite",
        "dosar.equality.complaints.acknowledgement-working-days");

    HttpResponse<String> byOfficer = Http.as(port, "eo", "eo").postJson(
        "/api/equality/complaints", json(Map.of("type", "MORAL_HARASSMENT", "channel", "EMAIL",
            "description", "descriere")));
    assertThat(byOfficer.statusCode()).isEqualTo(503);
    assertThat(cases.all()).isEmpty();

    HttpResponse<String> engineStart = Http.as(port, "eo", "eo").postJson(
        "/engine-rest/process-definition/key/harassmentComplaint/start", "{}");
    assertThat(engineStart.statusCode()).isNotEqualTo(200);
    assertThat(engineStart.body()).contains("termenele nu sunt stabilite");

    assertThatThrownBy(() -> engine.getRuntimeService()
        .startProcessInstanceByKey(HarassmentComplaintProcess.KEY))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("termenele nu sunt stabilite");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(HarassmentComplaintProcess.KEY).count()).isZero();
  }
}
