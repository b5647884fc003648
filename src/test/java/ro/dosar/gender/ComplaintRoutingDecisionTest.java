package ro.dosar.gender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ro.dosar.support.StandaloneDecisions;

/** DMN-8 {@code complaintRouting} (spec §8.2): every rule, for every complaint type. */
class ComplaintRoutingDecisionTest {

  static final DmnEngine ENGINE =
      StandaloneDecisions.ENGINE;
  static final DmnDecision ROUTING = parse();

  static DmnDecision parse() {
    try (InputStream dmn = new FileInputStream("dmn/equality/complaint-routing.dmn")) {
      return ENGINE.parseDecision(EqualityRules.COMPLAINT_ROUTING, dmn);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final EqualityRules RULES = new EqualityRules.FromDecisions() {
    @Override
    protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
      return ENGINE.evaluateDecisionTable(ROUTING, variables);
    }
  };

  @ParameterizedTest
  @CsvSource({
      "SEXUAL_HARASSMENT, false, false, EQUALITY_OFFICER",
      "RETALIATION, false, false, EQUALITY_OFFICER",
      "MORAL_HARASSMENT, true, false, DIRECTOR_GENERAL",
      "RETALIATION, true, false, DIRECTOR_GENERAL",
      "GENDER_DISCRIMINATION, false, true, ALTERNATE_BODY",
      "GENDER_BASED_VIOLENCE, true, true, ALTERNATE_BODY",
      "OTHER_DISCRIMINATION, false, false, EQUALITY_OFFICER"})
  void routesByWhomTheComplaintConcerns(String type, boolean officer, boolean director,
      ComplaintHandler expected) {
    assertThat(RULES.complaintRouting(type, officer, director)).isEqualTo(expected);
  }
}
