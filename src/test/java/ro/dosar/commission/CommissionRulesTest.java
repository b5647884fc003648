package ro.dosar.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ro.dosar.commission.Commissions.SECRETARY;
import static ro.dosar.commission.Commissions.member;
import static ro.dosar.commission.Commissions.president;
import static ro.dosar.commission.Commissions.validExecution;
import static ro.dosar.commission.Commissions.validLeadership;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommissionRulesTest {

  private static final String CSC = "comisia de soluționare a contestațiilor";

  /**
   * The staff register the rules name people from: the messages say „Ana Pop”, never „cc-2”.
   * Someone not in it is named by his user id, as the application's register does.
   */
  private static final Map<String, String> REGISTER = Map.ofEntries(
      Map.entry("cc-pres", "Petru Președescu"), Map.entry("cc-2", "Ana Pop"),
      Map.entry("cc-3", "Dan Ionescu"), Map.entry("csc-pres", "Maria Stan"),
      Map.entry("csc-2", "Ioan Radu"), Map.entry("csc-3", "Elena Tudor"),
      Map.entry("csc-4", "Mihai Doru"), Map.entry("ion", "Ion Vasile"),
      Map.entry("ana", "Ana Lungu"), Map.entry(SECRETARY, "Ioana Marin"),
      Map.entry("alt-1", "Radu Lupu"));

  private final CommissionRules rules =
      new CommissionRules(userId -> REGISTER.getOrDefault(userId, userId));

  // ---- Valid compositions -----------------------------------------------------------------------

  @Test
  void givenThreeAndThreeMembersForAnExecutionPost_whenValidating_thenNoViolations() {
    ValidationResult result = rules.validate(validExecution().build());

    assertThat(result.valid()).isTrue();
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void givenFiveAndThreeMembersWithTwoLeadersEach_whenValidatingALeadershipPost_thenNoViolations() {
    ValidationResult result = rules.validate(validLeadership().build());

    assertThat(result.valid()).isTrue();
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void givenAnExecutionPostWithoutLeaders_whenValidating_thenLeadershipIsNotRequired() {
    ValidationResult result = rules.validate(validExecution().build());

    assertThat(rules.leadershipMembers(validExecution().build())).isEmpty();
    assertThat(result.valid()).isTrue();
  }

  // ---- COM-02 -----------------------------------------------------------------------------------

  @Test
  void givenTwoMembersInTheCompetitionCommission_whenValidating_thenCom02SaysToComplete() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2"))
        .build());

    assertThat(result.valid()).isFalse();
    assertThat(result.violations()).containsExactly(new Violation("COM-02",
        "Comisia de concurs are 2 membri; fiecare comisie trebuie să aibă între 3 și 5 membri, "
            + "fără a-l socoti pe secretar. Completați comisia până la cel puțin 3 membri."));
  }

  @Test
  void givenSixMembersInTheContestationCommission_whenValidating_thenCom02SaysToReduce() {
    ValidationResult result = rules.validate(validExecution()
        .contestation(president("csc-pres"), member("csc-2"), member("csc-3"), member("csc-4"),
            member("csc-5"), member("csc-6"))
        .build());

    Violation violation = onlyViolation(result, "COM-02");
    assertThat(violation.message())
        .startsWith("Comisia de soluționare a contestațiilor are 6 membri;")
        .endsWith("Reduceți comisia la cel mult 5 membri.");
  }

  @Test
  void givenNoPresidentInTheCompetitionCommission_whenValidating_thenCom02AsksForOne() {
    ValidationResult result = rules.validate(validExecution()
        .competition(member("cc-1"), member("cc-2"), member("cc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-02").message()).isEqualTo(
        "Comisia de concurs nu are președinte; exact un membru trebuie să aibă calitatea de "
            + "președinte. Desemnați unul dintre membri ca președinte.");
  }

  @Test
  void givenTwoPresidentsInTheContestationCommission_whenValidating_thenCom02NamesBothByName() {
    ValidationResult result = rules.validate(validExecution()
        .contestation(president("csc-pres"), president("csc-2"), member("csc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-02").message())
        .startsWith("Comisia de soluționare a contestațiilor are 2 președinți")
        .contains("„Maria Stan”, „Ioan Radu”", "Păstrați această calitate unui singur membru.");
  }

  @Test
  void givenTheSameMemberTwiceInACommission_whenValidating_thenCom02SaysByNameHeAppearsTwice() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2"), member("cc-2"), member("cc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-02").message()).isEqualTo(
        "Membrul „Ana Pop” apare de 2 ori în comisia de concurs; o persoană poate fi numită o "
            + "singură dată în aceeași comisie. Eliminați înregistrările în plus.");
  }

  @Test
  void givenAMemberWithABlankUserId_whenValidating_thenCom02NamesHisPositionAndHeIsNotCounted() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("  "), member("cc-3"))
        .build());

    assertThat(result.violations()).extracting(Violation::rule)
        .containsExactly("COM-02", "COM-02");
    assertThat(result.violations().get(0).message()).startsWith("Comisia de concurs are 2 membri");
    assertThat(result.violations().get(1).message())
        .startsWith("Membrul de pe poziția 2 din comisia de concurs nu are identificator");
  }

  @Test
  void givenNoMemberLists_whenValidating_thenEachEmptyCommissionIsReportedOnce() {
    CommissionComposition composition = new CommissionComposition(PostCategory.LEADERSHIP,
        null, null, new Secretary(SECRETARY, "HR"), null);

    ValidationResult result = rules.validate(composition);

    assertThat(result.violations()).extracting(Violation::message).containsExactly(
        "Comisia de concurs nu are niciun membru; fiecare comisie trebuie să aibă între 3 și 5 "
            + "membri, fără a-l socoti pe secretar. Completați comisia până la cel puțin 3 membri.",
        "Comisia de soluționare a contestațiilor nu are niciun membru; fiecare comisie trebuie să "
            + "aibă între 3 și 5 membri, fără a-l socoti pe secretar. Completați comisia până la "
            + "cel puțin 3 membri.");
  }

  // ---- COM-03 -----------------------------------------------------------------------------------

  @Test
  void givenASecretaryOutsideHr_whenValidating_thenCom03NamesHerAndHerDepartment() {
    ValidationResult result = rules.validate(validExecution().secretary("ana", "IT").build());

    assertThat(onlyViolation(result, "COM-03").message()).isEqualTo(
        "Secretarul „Ana Lungu” este din departamentul „IT”; secretariatul comisiilor se asigură de o "
            + "persoană din Departamentul Resurse Umane (D.R.U.). Numiți ca secretar o persoană "
            + "din D.R.U.");
  }

  @Test
  void givenASecretaryFromHrInLowerCase_whenValidating_thenNoViolations() {
    ValidationResult result = rules.validate(validExecution().secretary("ana", " hr ").build());

    assertThat(result.valid()).isTrue();
  }

  @Test
  void givenTheSecretaryAlsoAMemberOfTheContestationCommission_whenValidating_thenCom03() {
    ValidationResult result = rules.validate(validExecution()
        .contestation(president("csc-pres"), member("csc-2"), member("csc-3"), member(SECRETARY))
        .build());

    assertThat(onlyViolation(result, "COM-03").message())
        .contains("Secretarul „Ioana Marin” figurează și ca membru în " + CSC)
        .contains("secretarul nu are calitatea de membru");
  }

  @Test
  void givenNoSecretary_whenValidating_thenCom03AsksToAppointOne() {
    ValidationResult result = rules.validate(validExecution().noSecretary().build());

    assertThat(onlyViolation(result, "COM-03").message())
        .startsWith("Comisiile nu au secretar;")
        .contains("comisiei de concurs", "comisiei de soluționare a contestațiilor",
            "Departamentul Resurse Umane (D.R.U.)", "Numiți secretarul");
  }

  // ---- COM-07 -----------------------------------------------------------------------------------

  @Test
  void givenOneLeaderInTheCompetitionCommission_whenValidatingALeadershipPost_thenCom07ForTheCc() {
    ValidationResult result = rules.validate(validLeadership()
        .competition(president("cc-pres").leader(), member("cc-2"), member("cc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-07").message()).isEqualTo(
        "Comisia de concurs are un singur membru cu funcție de conducere („Petru Președescu”); pentru un "
            + "post de conducere, cel puțin doi membri ai fiecărei comisii trebuie să dețină "
            + "funcții de conducere. Numiți în comisie membri cu funcție de conducere până la cel "
            + "puțin doi.");
  }

  @Test
  void givenOneLeaderInTheContestationCommissionOnly_whenValidating_thenCom07ForTheCscOnly() {
    ValidationResult result = rules.validate(validLeadership()
        .contestation(president("csc-pres"), member("csc-2").leader(), member("csc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-07").message())
        .startsWith("Comisia de soluționare a contestațiilor are un singur membru cu funcție de "
            + "conducere („Ioan Radu”)");
  }

  @Test
  void givenNoLeaderAnywhere_whenValidatingALeadershipPost_thenCom07ForEachCommission() {
    ValidationResult result = rules.validate(validLeadership()
        .competition(president("cc-pres"), member("cc-2"), member("cc-3"))
        .contestation(president("csc-pres"), member("csc-2"), member("csc-3"))
        .build());

    assertThat(result.violations()).extracting(Violation::rule).containsExactly("COM-07", "COM-07");
    assertThat(result.violations().get(0).message())
        .startsWith("Comisia de concurs nu are niciun membru cu funcție de conducere;");
    assertThat(result.violations().get(1).message())
        .startsWith("Comisia de soluționare a contestațiilor nu are niciun membru cu funcție");
  }

  // ---- COM-08 -----------------------------------------------------------------------------------

  @Test
  void givenAMemberWithAnUnerasedSanction_whenValidating_thenCom08NamesHimAndHisDepartment() {
    ValidationResult result = rules.validate(validExecution()
        .contestation(president("csc-pres"), member("csc-2").sanctioned(), member("csc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-08").message())
        .startsWith("Membrul „Ioan Radu” (Secretariat) din " + CSC + " are o sancțiune disciplinară neradiată;")
        .contains("Înlocuiți-l cu o altă persoană");
  }

  // ---- COM-09 -----------------------------------------------------------------------------------

  @Test
  void givenTheSamePersonOnBothCommissions_whenValidating_thenCom09NamesHim() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2"), member("ion"))
        .contestation(president("csc-pres"), member("csc-2"), member("ion"))
        .build());

    assertThat(onlyViolation(result, "COM-09").message()).isEqualTo(
        "Persoana „Ion Vasile” este membru atât în comisia de concurs, cât și în comisia de soluționare "
            + "a contestațiilor; calitatea de membru într-una este incompatibilă cu calitatea de "
            + "membru în cealaltă. Păstrați-o într-o singură comisie.");
  }

  // ---- COM-20 -----------------------------------------------------------------------------------

  @Test
  void givenAMemberRelatedToACandidate_whenValidating_thenCom20NamesTheCandidateCode() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2").relatedTo("4521"), member("cc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-20").message())
        .startsWith("Membrul „Ana Pop” (Secretariat) din comisia de concurs este soț, soție, rudă "
            + "sau afin până la gradul al IV-lea inclusiv cu candidatul cu codul „4521”;")
        .contains("Înlocuiți-l");
  }

  @Test
  void givenARelationToAnUnknownCode_whenValidating_thenCom20TreatsItAsACandidate() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2").relatedTo("9999"), member("cc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-20").message())
        .contains("„9999”, care nu este membru al comisiilor și nici printre codurile "
            + "candidaților înscriși, deci este tratat ca un candidat");
  }

  @Test
  void givenTwoRelatedMembersOfTheSameCommission_whenBothDeclareIt_thenOneCom20ForThePair() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2").relatedTo("cc-3"),
            member("cc-3").relatedTo("cc-2"))
        .build());

    assertThat(onlyViolation(result, "COM-20").message())
        .startsWith("Membrul „Ana Pop” (Secretariat) din comisia de concurs este soț, soție, rudă "
            + "sau afin până la gradul al IV-lea inclusiv cu „Dan Ionescu”, membru în comisia de "
            + "concurs;")
        .contains("Înlocuiți unul dintre cei doi");
  }

  @Test
  void givenAMemberRelatedToAMemberOfTheOtherCommission_whenValidating_thenCom20NamesBoth() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2"), member("cc-3"))
        .contestation(president("csc-pres"), member("csc-2").relatedTo("cc-pres"),
            member("csc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-20").message())
        .startsWith("Membrul „Ioan Radu” (Secretariat) din " + CSC + " este soț, soție, rudă sau "
            + "afin până la gradul al IV-lea inclusiv cu „Petru Președescu”, membru în comisia de "
            + "concurs;");
  }

  @Test
  void givenAMemberWithAConflictOfInterest_whenValidating_thenCom20NamesHim() {
    ValidationResult result = rules.validate(validExecution()
        .contestation(president("csc-pres").conflicted(), member("csc-2"), member("csc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-20").message())
        .startsWith("Membrul „Maria Stan” (Secretariat) din " + CSC + " se află într-o situație de conflict de "
            + "interese");
  }

  @Test
  void givenRelationsToHimselfOrToTheSecretary_whenValidating_thenTheyAreIgnored() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres").relatedTo("cc-pres", SECRETARY), member("cc-2"),
            member("cc-3"))
        .build());

    assertThat(result.valid()).isTrue();
  }

  // ---- COM-12 ----------------------------------------------------------------------------------

  @Test
  void givenAnAlternateWhoIsAMemberTheSecretaryOrSanctioned_whenChecking_thenCom12NamesEach() {
    List<Violation> violations = rules.alternates(validExecution().build(), List.of(
        member("csc-2").build(), member(SECRETARY).build(), member("alt-1").sanctioned().build(),
        member("alt-1").build()));

    assertThat(violations).extracting(Violation::rule).containsOnly("COM-12");
    assertThat(violations).extracting(Violation::message).containsExactly(
        "Membrul supleant „Ioan Radu” este deja membru al unei comisii; un supleant îl "
            + "înlocuiește pe un membru al comisiei de concurs, iar nimeni nu poate face parte din "
            + "ambele comisii (§8.1.5(13)). Alegeți alt supleant.",
        "Membrul supleant „Ioana Marin” este secretarul comisiilor; secretarul nu are calitatea "
            + "de membru (§8.1.5(5)). Alegeți alt supleant.",
        "Membrul supleant „Radu Lupu” are o sancțiune disciplinară neradiată și nu poate face "
            + "parte din comisie (§8.1.5(12)). Alegeți alt supleant.",
        "Membrul supleant „Radu Lupu” este trecut de două ori. Păstrați-l o singură dată.");
  }

  @Test
  void givenSomeoneNotInTheRegister_whenValidating_thenTheMessageFallsBackToHisUserId() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("x.nou"), member("x.nou"), member("cc-3"))
        .build());

    assertThat(onlyViolation(result, "COM-02").message()).startsWith("Membrul „x.nou” apare");
  }

  // ---- Several at once --------------------------------------------------------------------------

  @Test
  void givenManyBrokenRules_whenValidating_thenEveryViolationIsReportedInRuleOrder() {
    ValidationResult result = rules.validate(validLeadership()
        .competition(member("cc-1"), member("ion").leader())
        .contestation(president("csc-pres").leader(), member("csc-2").leader().sanctioned(),
            member("ion").relatedTo("4522"), member("csc-4").conflicted())
        .noSecretary()
        .build());

    assertThat(result.valid()).isFalse();
    assertThat(result.violations()).extracting(Violation::rule).containsExactly(
        "COM-02", // the CC has 2 members
        "COM-02", // the CC has no president
        "COM-03", // no secretary
        "COM-07", // one leader in the CC
        "COM-08", // csc-2 is sanctioned
        "COM-09", // ion is on both
        "COM-20", // ion is related to candidate 4522
        "COM-20"); // csc-4 has a conflict of interest
    assertThat(result.violations().get(3).message())
        .contains("Comisia de concurs", "„Ion Vasile”");
    assertThat(result.violations().get(6).message()).contains(CSC, "„Ion Vasile”", "„4522”");
    assertThat(result.violations()).extracting(Violation::message)
        .noneMatch(message -> message.contains("„ion”") || message.contains("„csc-2”"));
  }

  @Test
  void givenAMemberListedTwiceWithASanction_whenValidating_thenTheSanctionIsReportedOnce() {
    ValidationResult result = rules.validate(validExecution()
        .competition(president("cc-pres"), member("cc-2").sanctioned(),
            member("cc-2").sanctioned(), member("cc-3"))
        .build());

    assertThat(result.violations()).extracting(Violation::rule).containsExactly("COM-02", "COM-08");
  }

  // ---- Result ---------------------------------------------------------------------------------

  @Test
  void givenViolations_whenClaimingValid_thenTheResultRefusesTheContradiction() {
    List<Violation> violations = List.of(new Violation("COM-02", "x"));

    assertThatThrownBy(() -> new ValidationResult(true, violations))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ValidationResult.of(violations).valid()).isFalse();
  }

  /** The single violation of {@code result}, which must have the given rule id. */
  private static Violation onlyViolation(ValidationResult result, String rule) {
    assertThat(result.valid()).isFalse();
    assertThat(result.violations()).hasSize(1);
    Violation violation = result.violations().get(0);
    assertThat(violation.rule()).isEqualTo(rule);
    return violation;
  }
}
