package ro.dosar.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess;
import ro.dosar.support.DosarTest;

/**
 * An installation from before every institution had a tenant: UVT recorded without one, its
 * users members of no tenant, its instances without a tenant. The next start gives UVT its
 * tenant, its users membership and its instances (runtime and history) the tenant; another
 * institution's instances, the administrator and the shared models are left as they are.
 */
@DosarTest
class TenantMigrationTest {

  @Autowired
  InstitutionBootstrap bootstrap;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;

  @Test
  void anInstitutionWithoutTenant_getsOne_withItsUsersAndItsInstances() {
    // A UVT contest with tasks of its own instance (a contest at file selection has its
    // members' tasks in its files' called instances instead).
    ProcessInstance contest = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY).tenantIdIn("UVT").list().stream()
        .filter(instance -> engine.getTaskService().createTaskQuery()
            .processInstanceId(instance.getId()).count() > 0)
        .findFirst().orElseThrow();
    ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FunctionEvaluationCycleProcess.KEY).list().get(0);
    String newcomer = "fara.institutie." + System.nanoTime();
    User user = engine.getIdentityService().newUser(newcomer);
    user.setPassword(newcomer);
    engine.getIdentityService().saveUser(user);
    // As it was: no tenant for UVT, its users or its instances.
    jdbc.sql("UPDATE institution SET tenant_id = NULL WHERE code = 'UVT'").update();
    engine.getIdentityService().deleteTenantUserMembership("UVT", "salariat");
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
        "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_ACTINST")) {
      jdbc.sql("UPDATE " + table + " SET TENANT_ID_ = NULL WHERE PROC_INST_ID_ = ?")
          .param(contest.getId()).update();
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.getId()).singleResult().getTenantId()).isNull();

    bootstrap.run(null);

    assertThat(jdbc.sql("SELECT tenant_id FROM institution WHERE code = 'UVT'")
        .query(String.class).single()).isEqualTo("UVT");
    assertThat(tenantsOf(newcomer)).containsExactly("UVT");
    assertThat(tenantsOf("salariat")).containsExactly("UVT");
    assertThat(tenantsOf("mf.politica")).containsExactly("MFRM");
    assertThat(tenantsOf("demo")).as("the administrator sees every institution anyway")
        .isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(contest.getId()).singleResult().getTenantId()).isEqualTo("UVT");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(contest.getId())
        .withoutTenantId().count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(contest.getId())
        .tenantIdIn("UVT").count()).isPositive();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND "
        + "TENANT_ID_ IS NULL").param(contest.getId()).query(Long.class).single()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(contest.getId()).singleResult().getTenantId()).isEqualTo("UVT");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(contest.getId()).withoutTenantId().count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(cycle.getId()).singleResult().getTenantId()).isEqualTo("MFRM");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .withoutTenantId().count()).as("the models stay shared")
        .isEqualTo(engine.getRepositoryService().createProcessDefinitionQuery().count());
  }

  private List<String> tenantsOf(String userId) {
    return engine.getIdentityService().createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
  }
}
