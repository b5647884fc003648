package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.support.ClusterNode;

/**
 * Camunda's filter table has no unique name, so two nodes making the same Tasklist filter at the
 * same moment would make two, were it not for the start-up lock (ClusterStartTest shows the
 * nodes' start). This holds without the lock: two transactions make the same filter at once, the
 * first holding its transaction open; the second waits on the filter's start-up record (PostgreSQL
 * shows it waiting on a lock), then finds the filter the first made: one copy.
 */
class TaskFiltersOnTwoNodesTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void twoTransactionsMakingTheSameFilterAtOnce_makeOneCopy() throws Exception {
    try (ClusterNode node = ClusterNode.start("filters", ClusterNode.newDatabase(),
        Map.of("camunda.bpm.job-execution.enabled", "false"))) {
      AccessBaseline baseline = node.bean(AccessBaseline.class);
      TaskService tasks = node.engine().getTaskService();
      TransactionTemplate transaction = new TransactionTemplate(
          node.bean(PlatformTransactionManager.class));
      JdbcClient jdbc = node.bean(JdbcClient.class);
      String name = "Filtru " + UUID.randomUUID();
      Runnable make = () -> baseline.ensureFilter(name, 0, "Sarcinile de test",
          tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
      CountDownLatch firstMade = new CountDownLatch(1);
      CountDownLatch commitFirst = new CountDownLatch(1);

      CompletableFuture<Void> first = CompletableFuture.runAsync(() ->
          transaction.executeWithoutResult(status -> {
            make.run();
            firstMade.countDown();
            await(commitFirst);
          }));
      assertThat(firstMade.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
          transaction.executeWithoutResult(status -> make.run()));
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      boolean waiting = false;
      while (!second.isDone() && !waiting && System.nanoTime() < deadline) {
        waiting = jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = "
            + "'Lock' AND datname = current_database()").query(Long.class).single() > 0;
        Thread.sleep(100);
      }
      commitFirst.countDown();
      first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

      assertThat(waiting).as("the second transaction waited for the first").isTrue();
      assertThat(node.engine().getFilterService().createFilterQuery().filterName(name).count())
          .isEqualTo(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM startup_record WHERE record_key = ?")
          .param("tasklist-filter:" + name).query(Long.class).single()).isEqualTo(1);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
