package ro.dosar.gender;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.springframework.stereotype.Component;
import ro.dosar.decision.DeployedDecisions;

/**
 * The rules of the gender equality plan 2026–2029 as the decision tables in {@code dmn/equality/}
 * state them. The rules live only in the tables, so that HR can read them and a change of the plan
 * is a change of a model; Java code asks for them here.
 *
 * <p>The decision keys, input and output names below are a contract with the tables and with the
 * process models that evaluate the same tables in business rule tasks.
 *
 * <p>In the application the tables are the deployed ones ({@link Deployed}); tests evaluate the
 * same files with the standalone DMN engine by extending {@link FromDecisions}.
 */
public interface EqualityRules {

  /**
   * {@code dmn/equality/commission-gender-composition.dmn}: {@code memberCount}, {@code
   * womenCount}, {@code menCount}, {@code enforcementMode} → {@code status}, {@code action},
   * {@code underrepresentedGender}.
   */
  String COMMISSION_GENDER_COMPOSITION = "commissionGenderComposition";
  /**
   * {@code dmn/equality/gender-representation-status.dmn}: {@code n} (posts in the group) and
   * {@code c} (posts of the gender), from which the table computes {@code d30}, {@code d33},
   * {@code d40} → {@code status}, {@code analysisTrigger}, {@code below30}, {@code
   * target2029Met}.
   */
  String GENDER_REPRESENTATION_STATUS = "genderRepresentationStatus";
  /**
   * {@code dmn/equality/announcement-compliance.dmn}: {@code hasEncouragementStatement}, {@code
   * neutralLanguageConfirmed}, {@code recruitmentPolicyInForce}, {@code mode} → {@code
   * compliance}.
   */
  String ANNOUNCEMENT_COMPLIANCE = "announcementCompliance";
  /**
   * {@code dmn/equality/complaint-routing.dmn}: {@code complaintType}, {@code
   * concernsEqualityOfficer}, {@code concernsDG} → {@code candidateGroup}.
   */
  String COMPLAINT_ROUTING = "complaintRouting";
  /**
   * {@code dmn/equality/training-participation-balance.dmn}: {@code p}, {@code P} (participations
   * of the gender, all), {@code s}, {@code S} (staff of the gender, all), {@code mode} → {@code
   * result}.
   */
  String TRAINING_PARTICIPATION_BALANCE = "trainingParticipationBalance";
  /**
   * {@code dmn/equality/indicator-target-status.dmn}: {@code indicatorId}, {@code value}, {@code
   * total}, {@code balance} → {@code status}.
   */
  String INDICATOR_TARGET_STATUS = "indicatorTargetStatus";
  /** Every decision key of the equality rules. */
  List<String> DECISION_KEYS = List.of(COMMISSION_GENDER_COMPOSITION,
      GENDER_REPRESENTATION_STATUS, ANNOUNCEMENT_COMPLIANCE, COMPLAINT_ROUTING,
      TRAINING_PARTICIPATION_BALANCE, INDICATOR_TARGET_STATUS);

  /**
   * The composition of a contest commission from its voting members (spec §6.4.3, §8.2 DMN-1);
   * {@code memberCount} is their sum (§7 rule 7).
   *
   * @param enforcementMode {@code null} for the default, {@link EnforcementMode#SOFT}
   * @throws IllegalArgumentException if a count is negative
   */
  CommissionComposition commissionComposition(int womenCount, int menCount,
      EnforcementMode enforcementMode);

  /**
   * The representation of one gender in one group of leadership posts (spec §8.2 DMN-2).
   *
   * @param genderCount occupied posts of the gender ({@code c})
   * @param groupTotal occupied posts of the group ({@code n})
   * @throws IllegalArgumentException unless {@code 0 <= genderCount <= groupTotal}
   */
  GenderRepresentation representation(int genderCount, int groupTotal);

  /**
   * Whether a contest announcement follows the plan's recruitment measures (spec §6.4.1, §8.2
   * DMN-6).
   *
   * @param hasEncouragementStatement the text holds the model formula or an approved equivalent
   * @param neutralLanguageConfirmed HR confirmed the checklist (neutral language, merit-based
   *     criteria)
   * @param recruitmentPolicyInForce the equal-opportunity recruitment policy is in force on the
   *     announcement's date
   * @param mode {@code null} for the default, {@link AnnouncementMode#BLOCK}
   */
  AnnouncementCompliance announcementCompliance(boolean hasEncouragementStatement,
      boolean neutralLanguageConfirmed, boolean recruitmentPolicyInForce, AnnouncementMode mode);

  /**
   * Who investigates a harassment or discrimination complaint after triage (spec §6.7, §8.2
   * DMN-8).
   *
   * @param complaintType the case's type, e.g. {@code SEXUAL_HARASSMENT} or {@code RETALIATION}
   */
  ComplaintHandler complaintRouting(String complaintType, boolean concernsEqualityOfficer,
      boolean concernsDirectorGeneral);

  /**
   * Whether one gender's share of training participations stays within 10 of its share of the
   * staff (spec §8.2 DMN-3, [S7.2]).
   *
   * @param genderParticipations participations of the gender ({@code p})
   * @param participations all participations of employees whose gender is recorded ({@code P})
   * @param genderStaff employees of the gender on 31 December ({@code s})
   * @param staff employees whose gender is recorded on 31 December ({@code S})
   * @param mode {@code null} for the default, {@link BalanceMode#PP}
   * @throws IllegalArgumentException unless {@code 0 <= p <= P} and {@code 0 <= s <= S}
   */
  TrainingBalance trainingBalance(int genderParticipations, int participations, int genderStaff,
      int staff, BalanceMode mode);

  /**
   * Whether an indicator of the plan met its target in the year (spec §8.2 DMN-4), for the
   * indicators the table knows ({@code IND-1.2a, IND-3.2a, IND-4.1a, IND-4.1b, IND-6.1b,
   * IND-7.2a, IND-9.3a}).
   *
   * @param value the counted value (reports, indicators, sessions, persons trained, leadership
   *     posts of the less represented gender)
   * @param total the denominator where there is one (active staff, leadership posts), else 0
   * @param balance DMN-3's result for IND-7.2a, else {@code null}
   * @throws IllegalArgumentException for an indicator the table does not know
   */
  IndicatorStatus indicatorTargetStatus(String indicatorId, int value, int total,
      TrainingBalance balance);

  /**
   * The rules read from the answers of the decision tables, whichever engine evaluates them:
   * subclasses only say how a table is evaluated.
   */
  abstract class FromDecisions implements EqualityRules {

    /** Evaluates the latest decision table with that key on the variables. */
    protected abstract DmnDecisionTableResult evaluate(String decisionKey,
        Map<String, Object> variables);

    @Override
    public CommissionComposition commissionComposition(int womenCount, int menCount,
        EnforcementMode enforcementMode) {
      if (womenCount < 0 || menCount < 0) {
        throw new IllegalArgumentException("A commission has no negative number of members: "
            + womenCount + " women, " + menCount + " men");
      }
      EnforcementMode mode = enforcementMode == null ? EnforcementMode.SOFT : enforcementMode;
      Map<String, Object> variables = Map.of("memberCount", Math.addExact(womenCount, menCount),
          "womenCount", womenCount, "menCount", menCount, "enforcementMode", mode.name());
      DmnDecisionRuleResult answer = single(COMMISSION_GENDER_COMPOSITION, variables);
      Object gender = answer.getEntry("underrepresentedGender");
      return new CommissionComposition(
          known(CommissionComposition.Status.class, COMMISSION_GENDER_COMPOSITION, "status",
              answer.getEntry("status")),
          known(CommissionComposition.Action.class, COMMISSION_GENDER_COMPOSITION, "action",
              answer.getEntry("action")),
          gender == null ? null : known(Gender.class, COMMISSION_GENDER_COMPOSITION,
              "underrepresentedGender", gender));
    }

    @Override
    public GenderRepresentation representation(int genderCount, int groupTotal) {
      if (genderCount < 0 || genderCount > groupTotal) {
        throw new IllegalArgumentException(("A gender holds between 0 and all of the group's "
            + "posts, not %d of %d").formatted(genderCount, groupTotal));
      }
      Map<String, Object> variables = Map.of("n", groupTotal, "c", genderCount);
      DmnDecisionRuleResult answer = single(GENDER_REPRESENTATION_STATUS, variables);
      return new GenderRepresentation(
          known(GenderRepresentation.Status.class, GENDER_REPRESENTATION_STATUS, "status",
              answer.getEntry("status")),
          flag(answer, "analysisTrigger"), flag(answer, "below30"),
          flag(answer, "target2029Met"));
    }

    @Override
    public AnnouncementCompliance announcementCompliance(boolean hasEncouragementStatement,
        boolean neutralLanguageConfirmed, boolean recruitmentPolicyInForce,
        AnnouncementMode mode) {
      Map<String, Object> variables = Map.of("hasEncouragementStatement",
          hasEncouragementStatement, "neutralLanguageConfirmed", neutralLanguageConfirmed,
          "recruitmentPolicyInForce", recruitmentPolicyInForce,
          "mode", (mode == null ? AnnouncementMode.BLOCK : mode).name());
      return known(AnnouncementCompliance.class, ANNOUNCEMENT_COMPLIANCE, "compliance",
          single(ANNOUNCEMENT_COMPLIANCE, variables).getEntry("compliance"));
    }

    @Override
    public ComplaintHandler complaintRouting(String complaintType,
        boolean concernsEqualityOfficer, boolean concernsDirectorGeneral) {
      Map<String, Object> variables = Map.of("complaintType", complaintType,
          "concernsEqualityOfficer", concernsEqualityOfficer, "concernsDG",
          concernsDirectorGeneral);
      return known(ComplaintHandler.class, COMPLAINT_ROUTING, "candidateGroup",
          single(COMPLAINT_ROUTING, variables).getEntry("candidateGroup"));
    }

    @Override
    public TrainingBalance trainingBalance(int genderParticipations, int participations,
        int genderStaff, int staff, BalanceMode mode) {
      if (genderParticipations < 0 || genderParticipations > participations || genderStaff < 0
          || genderStaff > staff) {
        throw new IllegalArgumentException(("A gender has between 0 and all of the "
            + "participations and staff, not %d of %d participations and %d of %d employees")
            .formatted(genderParticipations, participations, genderStaff, staff));
      }
      Map<String, Object> variables = Map.of("p", genderParticipations, "P", participations,
          "s", genderStaff, "S", staff, "mode", (mode == null ? BalanceMode.PP : mode).name());
      return known(TrainingBalance.class, TRAINING_PARTICIPATION_BALANCE, "result",
          single(TRAINING_PARTICIPATION_BALANCE, variables).getEntry("result"));
    }

    @Override
    public IndicatorStatus indicatorTargetStatus(String indicatorId, int value, int total,
        TrainingBalance balance) {
      if (!IndicatorStatus.DECIDED.contains(indicatorId)) {
        throw new IllegalArgumentException("No target rule for indicator " + indicatorId
            + "; the table decides " + IndicatorStatus.DECIDED);
      }
      Map<String, Object> variables = Map.of("indicatorId", indicatorId, "value", value,
          "total", total, "balance", balance == null ? "" : balance.name());
      return known(IndicatorStatus.class, INDICATOR_TARGET_STATUS, "status",
          single(INDICATOR_TARGET_STATUS, variables).getEntry("status"));
    }

    private DmnDecisionRuleResult single(String decisionKey, Map<String, Object> variables) {
      DmnDecisionTableResult result = evaluate(decisionKey, variables);
      if (result == null || result.size() != 1) {
        throw new IllegalStateException(("Decision %s gives %s results for %s; exactly one "
            + "expected. Check the table in dmn/equality/").formatted(decisionKey,
            result == null ? "no" : result.size(), variables));
      }
      return result.getSingleResult();
    }

    private static boolean flag(DmnDecisionRuleResult answer, String output) {
      Object value = answer.getEntry(output);
      if (value instanceof Boolean flag) {
        return flag;
      }
      throw new IllegalStateException(("Decision %s gives %s=%s, not a boolean. Check the table "
          + "in dmn/equality/").formatted(GENDER_REPRESENTATION_STATUS, output, value));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String decisionKey, String output,
        Object value) {
      if (value instanceof String name) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(name)) {
            return constant;
          }
        }
      }
      throw new IllegalStateException(("Decision %s gives %s=%s, which the application does "
          + "not know. Check the table in dmn/equality/").formatted(decisionKey, output, value));
    }
  }

  /**
   * The application's rules: evaluates the decisions deployed in the process engine (the latest
   * version of each). The engine checks the current user's right to evaluate each decision;
   * {@link ro.dosar.security.Authorizations} gives it to every user.
   */
  @Component
  class Deployed extends FromDecisions {

    private final DeployedDecisions decisions;

    public Deployed(DeployedDecisions decisions) {
      this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    protected DmnDecisionTableResult evaluate(String decisionKey, Map<String, Object> variables) {
      return decisions.table(decisionKey, variables);
    }
  }
}
