package ro.dosar.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Authenticates a user on the engine as a login does: with his groups and the tenants of the
 * institutions he belongs to, so the engine's tenant check shows him his institution's tasks.
 * Tests that act as a user do it through {@link #asUser}, which logs out afterwards whatever
 * happens, so that no authentication leaks into the next step or test.
 */
public final class TestLogin {

  private TestLogin() {
  }

  public static void as(IdentityService identity, String user, List<String> groups) {
    List<String> tenants = identity.createTenantQuery().userMember(user).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
  }

  /** Does the work as the user, then logs out; returns what the work returns. */
  public static <T> T asUser(IdentityService identity, String user, List<String> groups,
      Supplier<T> work) {
    as(identity, user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Does the work as the user, then logs out. */
  public static void asUser(IdentityService identity, String user, List<String> groups,
      Runnable work) {
    asUser(identity, user, groups, () -> {
      work.run();
      return null;
    });
  }
}
