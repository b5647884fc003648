package ro.dosar.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.selection.FileSelectionProcess;
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

  @Test
  void aContestAtFileSelection_givesTheTenantToItsFilesCalledInstancesAndTheirTasks() {
    // The demo contest at file selection: its members' tasks live in one called instance per
    // file, each an instance of its own (same business key, contest as super instance).
    ProcessInstance contest = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContestHiringProcess.KEY).tenantIdIn("UVT").list().stream()
        .filter(instance -> engine.getRuntimeService().createProcessInstanceQuery()
            .superProcessInstanceId(instance.getId())
            .processDefinitionKey(FileSelectionProcess.KEY).count() > 0)
        .findFirst().orElseThrow();
    List<String> files = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(contest.getId()).processDefinitionKey(FileSelectionProcess.KEY)
        .list().stream().map(ProcessInstance::getId).toList();
    List<String> instances = new ArrayList<>(files);
    instances.add(contest.getId());
    long memberTasks = FileSelectionProcess.tasksOf(engine.getTaskService(),
        contest.getBusinessKey()).count();
    assertThat(memberTasks).as("the members' selection tasks").isPositive();
    // As it was: no tenant for UVT nor for the contest and its files.
    jdbc.sql("UPDATE institution SET tenant_id = NULL WHERE code = 'UVT'").update();
    for (String instance : instances) {
      for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
          "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_ACTINST")) {
        jdbc.sql("UPDATE " + table + " SET TENANT_ID_ = NULL WHERE PROC_INST_ID_ = ?")
            .param(instance).update();
      }
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(
        files.toArray(String[]::new)).withoutTenantId().count()).isEqualTo(memberTasks);

    bootstrap.run(null);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(instances)).tenantIdIn("UVT").count())
        .as("the contest and every file's called instance").isEqualTo(instances.size());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(
        files.toArray(String[]::new)).tenantIdIn("UVT").count()).isEqualTo(memberTasks);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(
        files.toArray(String[]::new)).withoutTenantId().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(files)).withoutTenantId().count()).isZero();
    for (String file : files) {
      assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND "
          + "TENANT_ID_ IS NULL").param(file).query(Long.class).single())
          .as("variables of file instance %s", file).isZero();
    }
  }

  private List<String> tenantsOf(String userId) {
    return engine.getIdentityService().createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
  }
}
