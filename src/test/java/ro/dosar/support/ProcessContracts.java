package ro.dosar.support;

import java.util.Map;
import ro.dosar.contest.ContestHiringProcess;
import ro.dosar.contest.changes.CommissionChangeProcess;
import ro.dosar.contest.changes.ContestSuspensionProcess;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.contest.contestation.PaperConsultationProcess;
import ro.dosar.contest.selection.FileSelectionProcess;
import ro.dosar.contest.teststage.TestStageProcess;
import ro.dosar.discipline.DisciplinaryCaseProcess;
import ro.dosar.documents.DocumentGenerationProcess;
import ro.dosar.equality.complaint.HarassmentComplaintProcess;
import ro.dosar.equality.report.EqualityMonitoringReportProcess;
import ro.dosar.equality.report.EqualityMonitoringReportScheduleProcess;
import ro.dosar.evaluation.PerformanceEvaluationCampaignProcess;
import ro.dosar.evaluation.PerformanceEvaluationProcess;
import ro.dosar.evaluation.PerformanceEvaluationScheduleProcess;
import ro.dosar.mail.MailDeliveryProcess;
import ro.dosar.paygrade.categorisation.InstitutionCategorisationProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationReminderProcess;

/**
 * Every process's contract class ({@code *Process}: key, element ids, messages, variables), by
 * process key: {@code ProcessContractTest} holds the models to them, {@code
 * CockpitVariableLabelsTest} their variables to Cockpit's labels.
 */
public final class ProcessContracts {

  /** The contract class of each process, by process key. */
  public static final Map<String, Class<?>> BY_PROCESS_KEY = Map.ofEntries(
      Map.entry(ContestHiringProcess.KEY, ContestHiringProcess.class),
      Map.entry(TestStageProcess.KEY, TestStageProcess.class),
      Map.entry(FileSelectionProcess.KEY, FileSelectionProcess.class),
      Map.entry(ContestationRoundProcess.KEY, ContestationRoundProcess.class),
      Map.entry(PaperConsultationProcess.KEY, PaperConsultationProcess.class),
      Map.entry(CommissionChangeProcess.KEY, CommissionChangeProcess.class),
      Map.entry(ContestSuspensionProcess.KEY, ContestSuspensionProcess.class),
      Map.entry(DisciplinaryCaseProcess.KEY, DisciplinaryCaseProcess.class),
      Map.entry(DocumentGenerationProcess.KEY, DocumentGenerationProcess.class),
      Map.entry(HarassmentComplaintProcess.KEY, HarassmentComplaintProcess.class),
      Map.entry(EqualityMonitoringReportProcess.KEY, EqualityMonitoringReportProcess.class),
      Map.entry(EqualityMonitoringReportScheduleProcess.KEY,
          EqualityMonitoringReportScheduleProcess.class),
      Map.entry(PerformanceEvaluationProcess.KEY, PerformanceEvaluationProcess.class),
      Map.entry(PerformanceEvaluationCampaignProcess.KEY,
          PerformanceEvaluationCampaignProcess.class),
      Map.entry(PerformanceEvaluationScheduleProcess.KEY,
          PerformanceEvaluationScheduleProcess.class),
      Map.entry(MailDeliveryProcess.KEY, MailDeliveryProcess.class),
      Map.entry(InstitutionCategorisationProcess.KEY, InstitutionCategorisationProcess.class),
      Map.entry(FunctionEvaluationCycleProcess.KEY, FunctionEvaluationCycleProcess.class),
      Map.entry(FunctionEvaluationReminderProcess.KEY, FunctionEvaluationReminderProcess.class));

  private ProcessContracts() {
  }
}
