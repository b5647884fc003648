package ro.dosar.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine work done as the system, without the current user's authorizations and tenants: Dosar
 * has already decided that the user may have it done (a look-up of the page itself, a start or a
 * message the institution performs for him). The user's authentication is set back afterwards,
 * whatever happens; without one, the thread is left without one.
 */
public final class AsSystem {

  private AsSystem() {
  }

  /** Does the work as the system; returns what the work returns. */
  public static <T> T call(IdentityService identity, Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      } else {
        identity.clearAuthentication();
      }
    }
  }

  /** Does the work as the system. */
  public static void run(IdentityService identity, Runnable work) {
    call(identity, () -> {
      work.run();
      return null;
    });
  }
}
