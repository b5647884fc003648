package ro.dosar.institution;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.EngineClock;
import ro.dosar.tasklist.AlreadyStarted;

/**
 * One start of a periodic procedure per institution and period ({@code procedure_start}): a
 * start listener claims the period, and a second start is refused with {@link AlreadyStarted}
 * (409) while the first one counts. A cancelled instance (deleted by an administrator) never
 * counts; an ended one counts or not, as the procedure says. The table's key is the backstop for
 * two starts at the same moment.
 */
@Component
public class ProcedureStarts {

  /** Historic states of an instance that was cancelled, not carried out. */
  private static final Set<String> CANCELLED = Set.of(
      HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
      HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);

  private final JdbcClient jdbc;
  private final HistoryService history;

  ProcedureStarts(JdbcClient jdbc, HistoryService history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  /**
   * Claims the period for the instance, or refuses the start with {@code refusal}.
   *
   * @param countsAfterEnd whether an instance that ended normally still holds the period (a
   *     year's campaign) or releases it (a cycle, one at a time)
   */
  public void claim(String processKey, String institutionCode, String period,
      String processInstanceId, boolean countsAfterEnd, String refusal) {
    Optional<String> holder = jdbc.sql("SELECT process_instance_id FROM procedure_start "
            + "WHERE process_key = ? AND institution_code = ? AND period = ?")
        .params(processKey, institutionCode, period).query(String.class).optional();
    if (holder.isPresent()) {
      if (holds(holder.get(), countsAfterEnd)) {
        throw new AlreadyStarted(refusal);
      }
      jdbc.sql("DELETE FROM procedure_start WHERE process_key = ? AND institution_code = ? "
          + "AND period = ?").params(processKey, institutionCode, period).update();
    }
    try {
      jdbc.sql("INSERT INTO procedure_start (process_key, institution_code, period, "
              + "process_instance_id, started_at) VALUES (?, ?, ?, ?, ?)")
          .params(processKey, institutionCode, period, processInstanceId,
              EngineClock.timestamp())
          .update();
    } catch (DuplicateKeyException e) {
      throw new AlreadyStarted(refusal);
    }
  }

  private boolean holds(String processInstanceId, boolean countsAfterEnd) {
    HistoricProcessInstance instance = withoutAuthorization(() -> history
        .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult());
    if (instance == null || CANCELLED.contains(instance.getState())) {
      return false;
    }
    return instance.getEndTime() == null || countsAfterEnd;
  }

  /** The starter may not read other instances' history; the rule must see them all. */
  private static <T> T withoutAuthorization(Supplier<T> query) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return query.get();
    }
    boolean authorization = context.isAuthorizationCheckEnabled();
    boolean tenant = context.isTenantCheckEnabled();
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      return query.get();
    } finally {
      if (authorization) {
        context.enableAuthorizationCheck();
      }
      if (tenant) {
        context.enableTenantCheck();
      }
    }
  }
}
