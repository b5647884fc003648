package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ro.dosar.support.DosarTest;

/**
 * {@link AuthorizationGroups}: a commission member's task query sees exactly what the engine's
 * own narrowing of his groups lets him see, without the read of every authorization's group.
 * The narrowing is still taken for a user in more than {@link AuthorizationGroups#MAX_GROUPS}
 * groups, which gives the comparison.
 */
@DosarTest
class AuthorizationGroupsTest {

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;

  record Seen(List<String> taskIds, boolean readTheGroupsOfAllAuthorizations) {
  }

  @AfterEach
  void clearTheUser() {
    identity.clearAuthentication();
  }

  @Test
  void aMembersTasksAreTheSameWithoutTheReadOfAllAuthorizationGroups() {
    List<String> groups = identity.createGroupQuery().groupMember("membru1").list().stream()
        .map(Group::getId).toList();
    List<String> manyGroups = new ArrayList<>(groups);
    IntStream.rangeClosed(1, AuthorizationGroups.MAX_GROUPS)
        .forEach(n -> manyGroups.add("grup-fara-autorizatii-" + n));

    Seen asGiven = seenBy("membru1", groups);
    Seen narrowed = seenBy("membru1", manyGroups);

    assertThat(asGiven.readTheGroupsOfAllAuthorizations()).isFalse();
    assertThat(narrowed.readTheGroupsOfAllAuthorizations()).isTrue();
    assertThat(asGiven.taskIds()).isNotEmpty().isEqualTo(narrowed.taskIds());
    assertThat(asGiven.taskIds()).as("the check still leaves out tasks he may not see")
        .hasSizeLessThan((int) tasks.createTaskQuery().count());
  }

  private Seen seenBy(String user, List<String> groups) {
    List<String> tenants = identity.createTenantQuery().userMember(user)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskQueryImpl query = new TaskQueryImpl();
        query.orderByTaskId().asc();
        List<String> ids = query.executeList(context, null).stream().map(Task::getId).toList();
        AuthorizationGroups.Manager manager =
            (AuthorizationGroups.Manager) context.getAuthorizationManager();
        return new Seen(ids, manager.readTheGroupsOfAllAuthorizations());
      });
    } finally {
      identity.clearAuthentication();
    }
  }
}
