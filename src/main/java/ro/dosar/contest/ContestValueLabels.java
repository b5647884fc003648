package ro.dosar.contest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ro.dosar.contest.changes.ContestSuspensionProcess;
import ro.dosar.contest.contestation.ContestationRoundProcess;
import ro.dosar.contest.contestation.ContestationSteps;
import ro.dosar.contest.publicpages.PublicLabels;
import ro.dosar.contest.scoring.ContestationType;
import ro.dosar.contest.teststage.TestStageProcess;

/**
 * The Romanian words the contest already has for the codes its process variables hold, by
 * variable name and then by code, so that Cockpit can show them instead of the codes.
 * {@code scripts/variable-labels} reads them from {@code scripts/enum-labels.json}, which
 * {@code CockpitVariableLabelsTest} keeps equal to {@link #byVariable()}.
 *
 * <p>Nothing is worded twice: a status as HR's dashboard names it ({@link ContestOverview}),
 * an end state the dashboard never shows as the public pages name it ({@link PublicLabels});
 * the kind of post and the tests by their enums' labels; a contestation by what it contests.
 */
public final class ContestValueLabels {

  /** The end states no page names (the dashboard and the public pages never show them). */
  private static final Map<String, String> UNSHOWN_END_STATES = Map.of(
      ContestStatus.PROPOSAL_REJECTED.name(), "Propunere respinsă",
      ContestStatus.ANNULLED.name(), "Concurs anulat (§8.1.3(6))");

  private ContestValueLabels() {
  }

  /** Variable name → (code → Romanian label), sorted. */
  public static Map<String, Map<String, String>> byVariable() {
    Map<String, String> status = new TreeMap<>();
    PublicLabels publicLabels = new PublicLabels();
    for (ContestStatus each : ContestStatus.values()) {
      String code = each.name();
      String label = ContestOverview.STATUS.get(code);
      if (label == null) {
        label = UNSHOWN_END_STATES.getOrDefault(code, publicLabels.status(code));
      }
      status.put(code, label);
    }
    Map<String, String> vacancy = new TreeMap<>();
    for (VacancyType each : VacancyType.values()) {
      vacancy.put(each.name(), capitalized(each.label()));
    }
    Map<String, String> test = new TreeMap<>();
    for (TestType each : TestType.values()) {
      test.put(each.name(), capitalized(each.label()));
    }
    Map<String, String> contestation = new TreeMap<>();
    for (ContestationType each : ContestationType.values()) {
      contestation.put(each.name(), each.isTest() ? test.get(each.name())
          : status.get(ContestStatus.SELECTION.name()));
    }
    Map<String, Map<String, String>> labels = new TreeMap<>();
    labels.put(ContestHiringProcess.Variables.CONTEST_STATUS, status);
    labels.put(ContestSuspensionProcess.Variables.STATUS_BEFORE_SUSPENSION, status);
    labels.put(ContestHiringProcess.Variables.VACANCY_TYPE, vacancy);
    labels.put(TestStageProcess.Variables.TEST_TYPE, test);
    labels.put(ContestationRoundProcess.Variables.CONTESTATION_TYPE, contestation);
    // What a contestation round contests, and what a member's separate opinion is about: a
    // file's selection or a contestation's solution.
    labels.put(ContestationRoundProcess.Variables.STAGE, contestation);
    labels.put(ContestationRoundProcess.Variables.OPINION_SUBJECT, new TreeMap<>(Map.of(
        ContestStatus.SELECTION.name(), status.get(ContestStatus.SELECTION.name()),
        ContestationSteps.SUBJECT, "Soluționarea contestației")));
    return labels;
  }

  private static String capitalized(String label) {
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }
}
