package ro.dosar.contest.selection;

import static ro.dosar.contest.ContestHiringProcess.Elements.FILE_SELECTION;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The file selection starts in small transactions, not in the one that closes the registration.
 * The model marks <em>Selecția dosarelor</em> asynchronous twice: its start is one job, which
 * creates one job per file; each file's job prepares the file and creates the members' tasks
 * for it. A contest of thousands of candidates thus never creates thousands of tasks in one
 * transaction (docs/performance.md).
 *
 * <p>The job executor runs these jobs. Code that drives the engine itself before the job
 * executor starts or without one (the demo and bench data at start-up, the scenario tests) runs
 * them here, each in its own transaction.
 */
public final class FileSelectionJobs {

  /** The job that starts the multi-instance (the collection of files is read there). */
  static final String START = FILE_SELECTION + "#multiInstanceBody";

  private FileSelectionJobs() {
  }

  /**
   * Runs the file selection jobs of a contest instance until none is left; returns how many ran
   * here. A job another node's job executor ran meanwhile is left to it.
   */
  public static int executeAll(ManagementService management, String contestInstanceId) {
    int executed = 0;
    List<Job> jobs = pending(management, contestInstanceId);
    while (!jobs.isEmpty()) {
      for (Job job : jobs) {
        try {
          management.executeJob(job.getId());
          executed++;
        } catch (OptimisticLockingException ranElsewhere) {
          // Executed (or being executed) by a job executor at the same time: not ours to redo.
        } catch (ProcessEngineException refused) {
          // Another node ran it between the query and here (ENGINE-14026 "No job found"); a job
          // that is still there failed for its own reason, and that is reported.
          if (management.createJobQuery().jobId(job.getId()).count() > 0) {
            throw refused;
          }
        }
      }
      jobs = pending(management, contestInstanceId);
    }
    return executed;
  }

  private static List<Job> pending(ManagementService management, String contestInstanceId) {
    List<Job> start = management.createJobQuery().processInstanceId(contestInstanceId)
        .activityId(START).withRetriesLeft().list();
    return start.isEmpty() ? management.createJobQuery().processInstanceId(contestInstanceId)
        .activityId(FILE_SELECTION).withRetriesLeft().listPage(0, 500) : start;
  }
}
