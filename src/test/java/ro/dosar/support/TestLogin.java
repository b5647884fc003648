package ro.dosar.support;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Authenticates a user on the engine as a login does: with his groups and the tenants of the
 * institutions he belongs to, so the engine's tenant check shows him his institution's tasks.
 */
public final class TestLogin {

  private TestLogin() {
  }

  public static void as(IdentityService identity, String user, List<String> groups) {
    List<String> tenants = identity.createTenantQuery().userMember(user).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
  }
}
