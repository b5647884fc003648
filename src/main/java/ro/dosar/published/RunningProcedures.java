package ro.dosar.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a procedure shows HR's dashboard ({@code /panou}): its cases still running in the given
 * institutions that the current user may see (the same role rules as its {@code /api}), each with
 * its stage, its next legal deadline and its documents. The dashboard adds the open tasks, read
 * from the engine by business key. A procedure answers from its own records; the dashboard never
 * reads its tables.
 */
public interface RunningProcedures {

  /** The cases running in the institutions, as the current user may see them. */
  List<RunningCase> running(Set<String> institutions);

  /**
   * @param procedure a code for the filter (CONCURS, DISCIPLINA, EVALUARE, PLANGERE)
   * @param procedureLabel its Romanian name
   * @param businessKey the case's business key, as in Tasklist and Cockpit
   * @param title the post, the case's subject (never a candidate)
   * @param status a code for the filter; {@code statusLabel} its Romanian words
   * @param stage the step under way, in Romanian
   * @param nextDeadline the next legal deadline not met yet, or null
   * @param documents the case's documents the current user may open
   */
  record RunningCase(String procedure, String procedureLabel, String businessKey, String title,
      String institution, String status, String statusLabel, String stage,
      Deadline nextDeadline, List<DocumentLink> documents) {
  }

  /** A legal deadline: what must happen by which day. */
  record Deadline(String what, LocalDate day) {
  }

  record DocumentLink(String title, String url) {
  }
}
