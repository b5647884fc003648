package ro.dosar.institution;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Once, when institutions that had no Camunda tenant get one ({@link InstitutionBootstrap}):
 * what belonged to them through having no tenant moves into their tenants, in the start-up's
 * transaction.
 * <ul>
 *   <li>Users who were members of no tenant belonged to every institution without a tenant: they
 *       become members of each of those tenants (administrators excepted: they see every
 *       institution anyway).</li>
 *   <li>Process instances without a tenant — their runtime rows, tasks, jobs, variables,
 *       incidents and history — move into the first of those tenants (the installation's own
 *       institution, configured first). Deployments, definitions and the jobs and subscriptions
 *       of definitions (timer and message starts) stay without a tenant: the models are shared
 *       by every institution.</li>
 * </ul>
 */
@Component
class TenantMigration {

  private static final Logger log = LoggerFactory.getLogger(TenantMigration.class);

  /**
   * The engine tables that carry a tenant, each with the condition that selects the rows of
   * process instances (as opposed to those of deployments and definitions).
   */
  private static final List<String[]> INSTANCE_ROWS = List.of(
      new String[] {"ACT_RU_EXECUTION", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_TASK", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_JOB", "PROCESS_INSTANCE_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_INCIDENT", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_EXT_TASK", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_RU_IDENTITYLINK", "TASK_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_PROCINST", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_ACTINST", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_TASKINST", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_VARINST", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_DETAIL", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_IDENTITYLINK", "TASK_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_COMMENT", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_ATTACHMENT", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_OP_LOG", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_INCIDENT", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_EXT_TASK_LOG", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_DECINST", "PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_DEC_IN", "ROOT_PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_HI_DEC_OUT", "ROOT_PROC_INST_ID_ IS NOT NULL"},
      new String[] {"ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_ IS NOT NULL"});

  private final IdentityService identity;
  private final JdbcClient jdbc;

  TenantMigration(IdentityService identity, JdbcClient jdbc) {
    this.identity = identity;
    this.jdbc = jdbc;
  }

  /**
   * @param tenants the new tenants of the institutions that had none, the installation's own
   *     first
   */
  void migrate(List<String> tenants) {
    Set<String> administrators = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN)
        .list().stream().map(User::getId).collect(Collectors.toSet());
    int users = 0;
    for (User user : identity.createUserQuery().list()) {
      if (administrators.contains(user.getId()) || identity.createTenantQuery()
          .userMember(user.getId()).includingGroupsOfUser(true).count() > 0) {
        continue;
      }
      for (String tenant : tenants) {
        identity.createTenantUserMembership(tenant, user.getId());
      }
      users++;
    }
    String tenant = tenants.get(0);
    int rows = 0;
    for (String[] table : INSTANCE_ROWS) {
      rows += jdbc.sql("UPDATE " + table[0] + " SET TENANT_ID_ = ? WHERE TENANT_ID_ IS NULL AND "
          + table[1]).param(tenant).update();
    }
    log.info("Tenants {} given to the institutions that had none: {} users became members, "
        + "{} engine rows of process instances moved into tenant {}", tenants, users, rows,
        tenant);
  }
}
