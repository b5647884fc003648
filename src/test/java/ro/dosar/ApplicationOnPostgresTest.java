package ro.dosar;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.support.EmbeddedPostgresServer;

/**
 * The production profile on a real PostgreSQL server that the test starts itself: the database
 * and the first administrator come from the environment, and there are no demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("postgres")
@DirtiesContext
class ApplicationOnPostgresTest extends ApplicationContractTest {

  @Autowired
  TaskService taskService;
  @Autowired
  TransactionTemplate transactions;

  static final String ADMIN = "administrator";
  static final String ADMIN_PASSWORD = "Parola-din-mediu-" + System.nanoTime();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.register(registry);
    registry.add("DOSAR_ADMIN_USER", () -> ADMIN);
    registry.add("DOSAR_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
  }

  @Override
  String adminUser() {
    return ADMIN;
  }

  @Override
  String adminPassword() {
    return ADMIN_PASSWORD;
  }

  @Test
  void theAdministratorComesFromTheEnvironment_andThereAreNoDemoUsers() {
    assertThat(identityService.createUserQuery().userId(ADMIN)
        .memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().userIdIn("demo", "hr", "membru1").count())
        .isZero();
  }

  /**
   * A member's Tasklist page walks his tasks in due-date order and his authorizations through
   * their index (docs/performance.md, changes 3 and 9): the index exists after start (change 3's
   * shorter one is gone) and every pooled connection plans with the page cost of data held in
   * memory.
   */
  @Test
  void memberTaskQueriesFindTheirIndexAndPlanWithInMemoryPageCost() {
    assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = "
        + "'dosar_task_assignee_due_page'").query(String.class).single())
        .contains("act_ru_task", "(assignee_, due_date_, rev_, id_)");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = "
        + "'dosar_task_assignee_due'").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SHOW random_page_cost").query(String.class).single()).isEqualTo("1.1");
  }

  /**
   * All of a contest phase's tasks share one due date. The page of 15 of a member with 300 such
   * tasks reads about 15 of them, in the order the engine's {@code DISTINCT} sorts them, instead
   * of all 300 (docs/performance.md, change 9; 28.6 ms against 0.5 ms at 2,000 tasks). The tasks
   * are analysed inside the transaction (ANALYZE counts its own inserts), and scans of the whole
   * table and bitmaps are off, as PostgreSQL would rightly prefer them for 300 rows; what remains
   * is whether an index gives the page its order.
   */
  /** Task rows read so far in this transaction, through the table's indexes and bitmaps. */
  private static final String TASK_ROWS_FETCHED = "SELECT pg_stat_get_xact_tuples_fetched("
      + "'act_ru_task'::regclass) + COALESCE(SUM(pg_stat_get_xact_tuples_fetched(indexrelid)), 0) "
      + "FROM pg_index WHERE indrelid = 'act_ru_task'::regclass";

  @Test
  void aMembersPageAmongTasksOfOneDueDateReadsOnlyThePage() {
    String member = "pagina." + System.nanoTime();
    java.util.Date due = new java.util.Date(System.currentTimeMillis() + 86_400_000L);
    long[] read = transactions.execute(status -> {
      status.setRollbackOnly();
      for (int i = 0; i < 300; i++) {
        org.camunda.bpm.engine.task.Task task = taskService.newTask();
        task.setName("Selecția dosarului " + i);
        task.setAssignee(member);
        task.setDueDate(due);
        taskService.saveTask(task);
      }
      jdbc.sql("ANALYZE act_ru_task").update();
      jdbc.sql("SET LOCAL enable_seqscan = off").update();
      jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
      long before = jdbc.sql(TASK_ROWS_FETCHED).query(Long.class).single();
      identityService.setAuthentication(member, java.util.List.of("comisie"));
      int shown;
      try {
        shown = taskService.createTaskQuery().taskAssignee(member).orderByDueDate().asc()
            .listPage(0, 15).size();
      } finally {
        identityService.clearAuthentication();
      }
      return new long[] {shown,
          jdbc.sql(TASK_ROWS_FETCHED).query(Long.class).single() - before};
    });
    assertThat(read[0]).as("tasks on the page").isEqualTo(15);
    assertThat(read[1]).as("task rows read for the page").isLessThan(100);
  }

  /**
   * The same query, run again and again on one connection, is planned for its parameters each
   * time (docs/performance.md, change 5). PostgreSQL's default would, after five runs of a
   * prepared statement, keep one generic plan for every assignee: at 10,000 open tasks a member's
   * task list then took 0.6–1 s instead of 0.08 s, from the sixth call of each pooled connection.
   */
  @Test
  void aMembersTaskQueryIsPlannedForItsAssigneeEveryTime() {
    assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single())
        .isEqualTo("force_custom_plan");
    String member = "planificare." + System.nanoTime();
    long[] plans = transactions.execute(status -> {
      identityService.setAuthentication(member, java.util.List.of("comisie"));
      try {
        for (int i = 0; i < 12; i++) {
          taskService.createTaskQuery().taskAssignee(member).orderByDueDate().asc()
              .listPage(0, 15);
        }
      } finally {
        identityService.clearAuthentication();
      }
      return jdbc.sql("SELECT COALESCE(SUM(generic_plans), 0), COALESCE(SUM(custom_plans), 0) "
          + "FROM pg_prepared_statements WHERE statement LIKE '%ACT_RU_TASK%'")
          .query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).single();
    });
    assertThat(plans[1]).as("custom plans of the task query").isPositive();
    assertThat(plans[0]).as("generic plans of the task query").isZero();
  }

  /**
   * The count of a member's tasks, which Tasklist asks for with every page, walks his tasks by
   * the assignee-and-id index and looks each task's grant up in the index of the authorizations a
   * task query can use (docs/performance.md, change 8). The engine's own SQL, so that a change of
   * its authorization check that the partial index no longer matches fails here. Sequential scans
   * are off for the transaction: with a handful of rows PostgreSQL would rightly prefer them.
   */
  @Test
  void aMembersTaskCountUsesTheIndexesOfItsTasksAndOfTheirGrants() {
    assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE indexname IN "
        + "('dosar_task_assignee_id', 'dosar_auth_task_read') ORDER BY indexname")
        .query(String.class).list())
        .containsExactly("dosar_auth_task_read", "dosar_task_assignee_id");
    String member = "numarare." + System.nanoTime();
    long[] scans = transactions.execute(status -> {
      status.setRollbackOnly();
      jdbc.sql("SET LOCAL enable_seqscan = off").update();
      org.camunda.bpm.engine.task.Task task = taskService.newTask();
      task.setName("Sarcină de numărat");
      task.setAssignee(member);
      taskService.saveTask(task);
      identityService.setAuthentication(member, java.util.List.of("comisie"));
      long count;
      try {
        count = taskService.createTaskQuery().taskAssignee(member).count();
      } finally {
        identityService.clearAuthentication();
      }
      return new long[] {count,
          jdbc.sql("SELECT pg_stat_get_xact_numscans('dosar_task_assignee_id'::regclass)")
              .query(Long.class).single(),
          jdbc.sql("SELECT pg_stat_get_xact_numscans('dosar_auth_task_read'::regclass)")
              .query(Long.class).single()};
    });
    assertThat(scans[0]).as("the member's own task, counted").isEqualTo(1);
    assertThat(scans[1]).as("scans of the assignee-and-id index").isPositive();
    assertThat(scans[2]).as("scans of the task grants' index").isPositive();
  }

  @Test
  void theDatabaseIsPostgres16() {
    assertThat(jdbc.sql("SELECT version()").query(String.class).single())
        .startsWith("PostgreSQL 16");
  }
}
