package ro.dosar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * The bench profile on a real PostgreSQL ({@code postgres,bench}), and two nodes generating at
 * the same time on one database.
 */
@SpringBootTest(properties = {"dosar.bench.candidates=" + BenchContestContract.CANDIDATES,
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"postgres", "bench"})
@DirtiesContext
class BenchContestOnPostgresTest extends BenchContestContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> "administrator");
    registry.add("DOSAR_ADMIN_PASSWORD", () -> "parola-" + System.nanoTime());
  }

  /** ro.dosar.ops.AuthorizationStatistics: what makes a member's task list fast (P3). */
  @Test
  void theEngineAuthorizationsHaveStatisticsOnTheirPermissionBits() {
    assertThat(jdbc.queryForList("SELECT statistics_name FROM pg_stats_ext_exprs "
        + "WHERE tablename = 'act_ru_authorization' ORDER BY statistics_name", String.class))
        .containsExactly("dosar_auth_perms_read", "dosar_auth_perms_read_task");
  }

  @Test
  void twoNodesStartingTogetherGenerateOneContest() {
    String contests = "SELECT COUNT(*) FROM contest WHERE post_name = '" + BenchContest.POST_NAME
        + "'";
    int before = jdbc.queryForObject(contests, Integer.class);
    long contestId = benchContestId();
    // As if the database were fresh: two nodes find no bench data and start generating.
    jdbc.update("DELETE FROM bench_data");
    try {
      CompletableFuture<Void> first = CompletableFuture.runAsync(() -> generator.run(null));
      CompletableFuture<Void> second = CompletableFuture.runAsync(() -> generator.run(null));
      CompletableFuture.allOf(first, second).join();

      assertThat(jdbc.queryForObject(contests, Integer.class)).isEqualTo(before + 1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bench_data", Integer.class))
          .isEqualTo(1);
    } finally {
      jdbc.update("UPDATE bench_data SET contest_id = ?", contestId);
    }
  }
}
