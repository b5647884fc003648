package ro.dosar.contest.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import ro.dosar.contest.ContestDeadlineRules.Deadlines;
import ro.dosar.contest.ContestDeadlineRules;
import ro.dosar.contest.VacancyType;
import ro.dosar.decision.DeployedDecisions;

/** Where the numbers of the timeline come from: the decision {@code contestDeadlines}. */
class ContestTimelineDeadlineRulesTest {

  private final ContestTimelineTestRules tableRules = new ContestTimelineTestRules();

  @Test
  void givenTheRealTable_whenAskingForAVacantPost_then15And10And2() {
    assertThat(tableRules.forVacancy(VacancyType.VACANT)).isEqualTo(new Deadlines(15, 10, 2));
  }

  @Test
  void givenTheRealTable_whenAskingForATemporarilyVacantPost_then10And5And1() {
    assertThat(tableRules.forVacancy(VacancyType.TEMPORARILY_VACANT))
        .isEqualTo(new Deadlines(10, 5, 1));
  }

  @Test
  void givenTheTableHasNoRuleForAValue_whenReadingItsAnswer_thenIllegalState() {
    DmnDecisionTableResult none = ContestTimelineTestRules.evaluate("TEMPORARY");

    assertThatThrownBy(() -> Deadlines.fromDecision(VacancyType.TEMPORARILY_VACANT, none))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contestDeadlines")
        .hasMessageContaining("0 results");
  }

  @Test
  void givenAnOutputThatIsNotAWholeNumber_whenReadingTheAnswer_thenIllegalState() {
    DmnDecisionTableResult result = mock(DmnDecisionTableResult.class, RETURNS_DEEP_STUBS);
    when(result.size()).thenReturn(1);
    when(result.getSingleResult().getEntryMap()).thenReturn(Map.of(
        "publicationLeadWorkingDays", 15, "submissionWorkingDays", "10",
        "selectionWorkingDays", 2));

    assertThatThrownBy(() -> Deadlines.fromDecision(VacancyType.VACANT, result))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("submissionWorkingDays=10");
  }

  // ---- The application's rules: the deployed decision ------------------------------------------

  @Test
  void givenTheDeployedDecision_whenAsking_thenItIsEvaluatedByKeyWithTheTypeName() {
    DecisionService decisions = decisionServiceAnswering("TEMPORARILY_VACANT",
        ContestTimelineTestRules.evaluate("TEMPORARILY_VACANT"));

    Deadlines deadlines = new ContestDeadlineRules.Deployed(new DeployedDecisions(decisions))
        .forVacancy(VacancyType.TEMPORARILY_VACANT);

    assertThat(deadlines).isEqualTo(new Deadlines(10, 5, 1));
  }

  @Test
  void givenTheDeployedDecisionGivesNoResult_whenAsking_thenIllegalState() {
    DecisionService decisions =
        decisionServiceAnswering("VACANT", ContestTimelineTestRules.evaluate("TEMPORARY"));
    ContestDeadlineRules rules =
        new ContestDeadlineRules.Deployed(new DeployedDecisions(decisions));

    assertThatThrownBy(() -> rules.forVacancy(VacancyType.VACANT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vacancyType=VACANT");
  }

  @Test
  void givenTheComponentScan_whenLookingInTheContestPackage_thenTheTimelineBeansAreFound() {
    Set<String> found = new ClassPathScanningCandidateComponentProvider(true)
        .findCandidateComponents("ro.dosar.contest").stream()
        .map(BeanDefinition::getBeanClassName)
        .collect(Collectors.toSet());

    assertThat(found).contains(ContestDeadlineRules.Deployed.class.getName(),
        ContestTimelineService.class.getName(), ContestTimelineController.class.getName());
  }

  /**
   * A process engine whose decision {@code contestDeadlines} answers {@code result} when asked
   * exactly with {@code vacancyType}; any other call gets null and makes the test fail.
   */
  private static DecisionService decisionServiceAnswering(String vacancyType,
      DmnDecisionTableResult result) {
    DecisionService decisions = mock(DecisionService.class);
    DecisionEvaluationBuilder builder = mock(DecisionEvaluationBuilder.class);
    when(decisions.evaluateDecisionTableByKey("contestDeadlines")).thenReturn(builder);
    when(builder.variables(Map.of("vacancyType", vacancyType))).thenReturn(builder);
    when(builder.evaluate()).thenReturn(result);
    return decisions;
  }
}
