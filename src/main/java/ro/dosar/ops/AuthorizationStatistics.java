package ro.dosar.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, at every start: statistics on the permission bits of the engine's
 * authorizations, so that a commission member's task list does not compare every one of their
 * tasks with every one of their authorizations.
 *
 * <p>Every task query of a user whom the engine checks joins the user's authorizations on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, filtered by {@code PERMS_ & 2 = 2} (READ)
 * or {@code PERMS_ & 64 = 64} (READ_TASK). PostgreSQL has no statistics on those expressions,
 * so it guesses that about ten authorizations qualify where a member with 2,000 assigned tasks has
 * 2,000 (one per task, granted to the assignee), and joins with a nested loop over all of them:
 * 2,000 × 2,000 comparisons, 6.5 s on the loaded bench machine (docs/performance.md). With these
 * statistics it looks each task's authorizations up in the {@code RESOURCE_ID_} index instead.
 *
 * <p>And an index on a task's assignee and due date ({@code dosar_task_assignee_due_page}): a
 * member's Tasklist page ("Sarcinile mele", 15 tasks by due date) walks his tasks in due-date
 * order and stops after the first 15 he may read, instead of checking the authorizations of all
 * of them and sorting (docs/performance.md, changes 3 and 9). Two more for the count of his tasks,
 * which Tasklist asks for with every page (change 8).
 *
 * <p>Not a Flyway migration: the engine creates its tables after Flyway has run, so on an empty
 * database they do not exist yet when the migrations do. Idempotent and harmless when several
 * nodes start together (IF NOT EXISTS; a lost race is ignored).
 */
@Component
@Order(5)
class AuthorizationStatistics implements ApplicationRunner {

  /**
   * Changes 3 and 9 of docs/performance.md: a member's tasks in the order the engine sorts his
   * page by due date. The engine selects them {@code DISTINCT}, so PostgreSQL sorts by the due
   * date and then by the selected columns in their order ({@code REV_}, {@code ID_}, …): with
   * {@code rev_} and {@code id_} in the index, tasks that share a due date (all of a contest
   * phase's tasks do) come out already in that order and the page stops after 15 of them, where
   * the due date alone left every task of that date to be read and sorted.
   */
  static final String TASK_ASSIGNEE_DUE_INDEX = "CREATE INDEX IF NOT EXISTS "
      + "dosar_task_assignee_due_page ON act_ru_task (assignee_, due_date_, rev_, id_)";

  /** Change 3's index, whose columns begin the one above. */
  static final String FORMER_TASK_ASSIGNEE_DUE_INDEX = "DROP INDEX IF EXISTS "
      + "dosar_task_assignee_due";

  /**
   * Change 8 of docs/performance.md: a member's tasks in task id order, which is how the engine
   * counts them ({@code SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ …)}), without reading the
   * tasks of every other assignee.
   */
  static final String TASK_ASSIGNEE_ID_INDEX = "CREATE INDEX IF NOT EXISTS "
      + "dosar_task_assignee_id ON act_ru_task (assignee_, id_)";

  /**
   * Change 8 of docs/performance.md: only the authorizations a task query can use (grants of
   * READ on a task or READ_TASK on a process definition), by resource id. The condition is the
   * engine's own for a task query's authorization check, so PostgreSQL may use this index for it;
   * each of a member's tasks then finds its one or two grants instead of reading every
   * authorization on its process definition and on {@code *} (about 33 rows per task, of every
   * user and group) and discarding them.
   */
  static final String TASK_READ_AUTHORIZATION_INDEX = "CREATE INDEX IF NOT EXISTS "
      + "dosar_auth_task_read ON act_ru_authorization (resource_id_) WHERE type_ < 2 AND "
      + "(resource_type_ = 7 AND perms_ & 2 = 2 OR resource_type_ = 6 AND perms_ & 64 = 64)";

  private static final Logger log = LoggerFactory.getLogger(AuthorizationStatistics.class);

  private final DataSource dataSource;

  AuthorizationStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      statement.execute("CREATE STATISTICS IF NOT EXISTS dosar_auth_perms_read "
          + "ON ((perms_ & 2)) FROM act_ru_authorization");
      statement.execute("CREATE STATISTICS IF NOT EXISTS dosar_auth_perms_read_task "
          + "ON ((perms_ & 64)) FROM act_ru_authorization");
      statement.execute("ANALYZE act_ru_authorization");
      statement.execute(TASK_ASSIGNEE_DUE_INDEX);
      statement.execute(FORMER_TASK_ASSIGNEE_DUE_INDEX);
      statement.execute(TASK_ASSIGNEE_ID_INDEX);
      statement.execute(TASK_READ_AUTHORIZATION_INDEX);
    } catch (SQLException e) {
      // A node that started at the same moment created them: they exist, which is what counts.
      log.info("Statistics on the engine's authorizations not (re)created: {}", e.getMessage());
    }
  }
}
