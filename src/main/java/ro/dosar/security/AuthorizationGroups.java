package ro.dosar.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine checks a user's authorizations with the groups the user is in, without first reading
 * every group that has an authorization (docs/performance.md, change 7).
 *
 * <p>Camunda narrows the user's groups, once in every command that checks authorizations, to
 * those that appear in at least one authorization: {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}, a read of the whole table (one row per open task's assignee grant, so
 * it grows with every open task: 5 ms at 10,000 open tasks, five times in one Tasklist page).
 * The narrowing only shortens the {@code GROUP_ID_ IN (…)} lists of the checks that follow; a
 * group without any authorization matches no row either way, so what a user may see and do is the
 * same. Dosar's users are in a handful of groups, so their list is passed as it is; a user in more
 * than {@link #MAX_GROUPS} groups (a directory with deep nesting) is narrowed as before.
 */
@Component
public class AuthorizationGroups extends AbstractProcessEnginePlugin {

  /** Above this many groups the engine's narrowing is kept, to keep its SQL lists short. */
  static final int MAX_GROUPS = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, with the user's groups passed as they are. */
  static class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          || authenticatedGroupIds.size() > MAX_GROUPS) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      groups.removeIf(Objects::isNull);
      return groups;
    }

    /** Whether this command read the groups of all authorizations (the engine's narrowing). */
    boolean readTheGroupsOfAllAuthorizations() {
      return availableAuthorizedGroupIds != null;
    }
  }
}
