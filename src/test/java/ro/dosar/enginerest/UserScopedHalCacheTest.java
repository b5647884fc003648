package ro.dosar.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/**
 * The HAL relation cache serves an entry only to the caller whose own query resolved it, and
 * only for its time to live.
 */
class UserScopedHalCacheTest {

  private final AtomicReference<Authentication> caller = new AtomicReference<>();
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final UserScopedHalCache cache =
      new UserScopedHalCache(caller::get, 3, Duration.ofSeconds(10), nanos::get);

  private void as(String user, List<String> groups, List<String> tenants) {
    caller.set(new Authentication(user, groups, tenants));
  }

  @Test
  void anEntryIsServedOnlyToTheCallerWhoseQueryResolvedIt() {
    as("membru1", List.of("commission", "tasklist"), List.of("UVT"));
    cache.put("membru1", "Membru Unu");

    assertThat(cache.get("membru1")).isEqualTo("Membru Unu");
    as("membru1", List.of("tasklist", "commission"), List.of("UVT"));
    assertThat(cache.get("membru1")).as("same groups, another order").isEqualTo("Membru Unu");

    as("membru2", List.of("commission", "tasklist"), List.of("UVT"));
    assertThat(cache.get("membru1")).as("another user").isNull();
    as("membru1", List.of("commission"), List.of("UVT"));
    assertThat(cache.get("membru1")).as("the same user with other groups").isNull();
    as("membru1", List.of("commission", "tasklist"), List.of());
    assertThat(cache.get("membru1")).as("the same user in other tenants").isNull();
    caller.set(null);
    assertThat(cache.get("membru1")).as("no caller").isNull();
  }

  @Test
  void withoutACallerNothingIsCached() {
    cache.put("membru1", "Membru Unu");

    assertThat(cache.size()).isZero();
    as("membru1", List.of(), List.of());
    assertThat(cache.get("membru1")).isNull();
  }

  @Test
  void anEntryExpiresAfterItsTimeToLive() {
    as("membru1", List.of(), List.of());
    cache.put("definition:1", "Selecția unui dosar");

    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(cache.get("definition:1")).isEqualTo("Selecția unui dosar");
    nanos.addAndGet(1);
    assertThat(cache.get("definition:1")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void atCapacityExpiredEntriesGoFirst_thenAll() {
    as("membru1", List.of(), List.of());
    cache.put("a", "A");
    nanos.addAndGet(Duration.ofSeconds(11).toNanos());
    cache.put("b", "B");
    cache.put("c", "C");

    cache.put("d", "D");
    assertThat(cache.get("a")).isNull();
    assertThat(List.of(cache.get("b"), cache.get("c"), cache.get("d")))
        .containsExactly("B", "C", "D");

    cache.put("e", "E");
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("e")).isEqualTo("E");
  }
}
