package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/** The engine's authentication around work done as the system (the service's own thread-local). */
class AsSystemTest {

  final IdentityService identity = new IdentityServiceImpl();

  @Test
  void givenAUser_whenWorkRunsAsTheSystem_thenItSeesNoAuthentication_andTheUserIsBackAfter() {
    identity.setAuthentication("hr", List.of("hr"), List.of("UVT"));
    Authentication before = identity.getCurrentAuthentication();

    Authentication seen = AsSystem.call(identity, identity::getCurrentAuthentication);

    assertThat(seen).isNull();
    assertThat(identity.getCurrentAuthentication()).isSameAs(before);
    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("hr");
    assertThat(identity.getCurrentAuthentication().getTenantIds()).containsExactly("UVT");
  }

  @Test
  void givenAUser_whenTheWorkFails_thenTheFailureGoesOn_andTheUserIsBackAfter() {
    identity.setAuthentication("rector", List.of("rector"), List.of("UVT"));
    Authentication before = identity.getCurrentAuthentication();
    AtomicReference<Authentication> seen = new AtomicReference<>(before);

    assertThatThrownBy(() -> AsSystem.run(identity, () -> {
      seen.set(identity.getCurrentAuthentication());
      throw new IllegalStateException("refuzat");
    })).isInstanceOf(IllegalStateException.class).hasMessage("refuzat");

    assertThat(seen.get()).isNull();
    assertThat(identity.getCurrentAuthentication()).isSameAs(before);
  }

  @Test
  void givenNoUser_whenTheWorkLeavesAUserBehind_thenTheThreadIsLeftWithoutOne() {
    identity.clearAuthentication();

    AsSystem.run(identity, () -> identity.setAuthentication("secretar", List.of("hr")));

    assertThat(identity.getCurrentAuthentication()).isNull();
  }
}
