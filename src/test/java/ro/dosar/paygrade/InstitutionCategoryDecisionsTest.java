package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;
import static ro.dosar.paygrade.PaygradeTestRules.RULES;
import static ro.dosar.paygrade.PaygradeTestRules.variables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classification tables of {@code dmn/paygrade/institution-category.dmn} (spec §2), read
 * directly: both sides of every threshold, every named institution, and the cases the source
 * leaves out (no row: manual categorisation).
 */
class InstitutionCategoryDecisionsTest {

  private static List<Map<String, Object>> evaluate(String key, Object... namesAndValues) {
    return RULES.evaluate(key, variables(namesAndValues));
  }

  // ---- Primary education -----------------------------------------------------------------------

  // Table 1, position 2 (GD pt. 1(2)(a)); UNIQUE, so two matching rows would fail here too.

  private static List<Map<String, Object>> primary(Object count) {
    return evaluate(PaygradeRules.CATEGORY_PRIMARY_EDUCATION,
        "institutionType", "PRIMARY_EDUCATION", "pupilsChildrenCount", count);
  }

  @ParameterizedTest(name = "{0} pupils/children → column {1}")
  @CsvSource(textBlock = """
      0,     6
      1,     6
      100,   6
      101,   5
      200,   5
      201,   4
      300,   4
      301,   3
      400,   3
      401,   2
      639,   2
      640,   2
      641,   1
      642,   1
      643,   1
      100000, 1
      """)
  void primary_eachBandFromBothSides(int count, int column) {
    assertThat(primary(count)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("categoryColumn", column)
            .containsEntry("ruleId", "primaryEducationColumn" + column));
  }

  @Test
  void primary_givenTheGapAt641_thenColumn1AsInt01Says() {
    // Literally "mai mult de 641" starts at 642 and "de la 401 până la 640" ends at 640.
    assertThat(primary(641)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("categoryColumn", 1));
  }

  @ParameterizedTest(name = "{0} → no row")
  @ValueSource(ints = {-1, -100})
  void primary_givenANegativeCount_thenNoRow(int count) {
    assertThat(primary(count)).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  void primary_givenNoCount_thenNoRow(Integer count) {
    assertThat(primary(count)).isEmpty();
  }

  @ParameterizedTest(name = "{0} → no row: its thresholds are not in the amendment")
  @ValueSource(strings = {"GENERAL_SECONDARY_NO_PROFILE", "GENERAL_SECONDARY_CULTURE_ART_SPORT"})
  void primary_givenAnotherRowOfTable1_thenNoRow(String type) {
    assertThat(evaluate(PaygradeRules.CATEGORY_PRIMARY_EDUCATION,
        "institutionType", type, "pupilsChildrenCount", 300)).isEmpty();
  }

  // ---- Penitentiary medical units --------------------------------------------------------------

  // The penitentiary medical units' row (GD pt. 1(2)(b)); FIRST resolves the overlap at 10.

  /** The table takes the count in hundredths, an exact integer (10.25 → 1025). */
  private static List<Map<String, Object>> unit(Object count) {
    return evaluate(PaygradeRules.CATEGORY_PENITENTIARY_MEDICAL_UNIT,
        "specialistFunctionsHundredths", count == null ? null
            : new BigDecimal(count.toString()).movePointRight(2).longValueExact());
  }

  @ParameterizedTest(name = "{0} specialist functions → column {1}")
  @CsvSource(textBlock = """
      0,     3
      0.5,   3
      9,     3
      9.75,  3
      10,    2
      10.25, 2
      11,    2
      29,    2
      30,    2
      30.25, 1
      30.5,  1
      31,    1
      200,   1
      """)
  void penitentiary_eachBandFromBothSides(BigDecimal count, int column) {
    assertThat(unit(count)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("categoryColumn", column)
            .containsEntry("ruleId", "penitentiaryMedicalUnitColumn" + column));
  }

  @Test
  void penitentiary_givenExactly10_inBoth10To30AndUpTo10_thenColumn2AsInt02Says() {
    assertThat(unit(10)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("categoryColumn", 2));
  }

  @Test
  void penitentiary_givenWholeNumbersAsIntegers_thenTheSameAsDecimals() {
    assertThat(unit(9)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("categoryColumn", 3));
    assertThat(unit(31L)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("categoryColumn", 1));
  }

  @ParameterizedTest(name = "{0} → no row")
  @ValueSource(strings = {"-1", "-0.25"})
  void penitentiary_givenANegativeCount_thenNoRow(BigDecimal count) {
    assertThat(unit(count)).isEmpty();
  }

  @Test
  void penitentiary_givenNoCount_thenNoRow() {
    assertThat(unit(null)).isEmpty();
  }

  // ---- Performing arts -------------------------------------------------------------------------

  // Table 3 (GD pt. 1(2)(c), compartment I²).

  private static List<Map<String, Object>> arts(String id, String kind) {
    return evaluate(PaygradeRules.CATEGORY_PERFORMING_ARTS,
        "institutionId", id, "performingArtsKind", kind);
  }

  /** The 20 named institutions and the category Table 3 puts each in. */
  static Stream<Arguments> namedPerformingArtsInstitutions() {
    return Stream.of(
        Arguments.of("NAT-01", "NATIONAL", "performingArtsNat01"),
        Arguments.of("NAT-02", "NATIONAL", "performingArtsNat02"),
        Arguments.of("NAT-03", "NATIONAL", "performingArtsNat03"),
        Arguments.of("NAT-04", "NATIONAL", "performingArtsNat04"),
        Arguments.of("NAT-05", "NATIONAL", "performingArtsNat05"),
        Arguments.of("NAT-06", "NATIONAL", "performingArtsNat06"),
        Arguments.of("NAT-07", "NATIONAL", "performingArtsNat07"),
        Arguments.of("NAT-08", "NATIONAL", "performingArtsNat08"),
        Arguments.of("NAT-09", "NATIONAL", "performingArtsNat09"),
        Arguments.of("CAT1-01", "I", "performingArtsCat101"),
        Arguments.of("CAT1-02", "I", "performingArtsCat102"),
        Arguments.of("CAT1-03", "I", "performingArtsCat103"),
        Arguments.of("CAT1-04", "I", "performingArtsCat104"),
        Arguments.of("CAT1-05", "I", "performingArtsCat105"),
        Arguments.of("CAT1-06", "I", "performingArtsCat106"),
        Arguments.of("CAT2-01", "II", "performingArtsCat201"),
        Arguments.of("CAT2-02", "II", "performingArtsCat202"),
        Arguments.of("CAT2-03", "II", "performingArtsCat203"),
        Arguments.of("CAT2-04", "II", "performingArtsCat204"),
        Arguments.of("CAT2-05", "II", "performingArtsCat205"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("namedPerformingArtsInstitutions")
  void performingArts_everyNamedInstitution_withoutAKind(String id, String category,
      String rule) {
    assertThat(arts(id, null)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", category)
            .containsEntry("ruleId", rule));
  }

  @ParameterizedTest(name = "{0} as a theatre → still {1}: the name wins over the catch-all")
  @MethodSource("namedPerformingArtsInstitutions")
  void performingArts_everyNamedInstitution_withTheCatchAllsKind(String id, String category,
      String rule) {
    assertThat(arts(id, "THEATRE")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", category));
  }

  @Test
  void performingArts_namedCounts_are9National_6CategoryI_5CategoryII() {
    assertThat(namedPerformingArtsInstitutions().map(arguments -> arguments.get()[1]))
        .filteredOn("NATIONAL"::equals).hasSize(9);
    assertThat(namedPerformingArtsInstitutions().map(arguments -> arguments.get()[1]))
        .filteredOn("I"::equals).hasSize(6);
    assertThat(namedPerformingArtsInstitutions().map(arguments -> arguments.get()[1]))
        .filteredOn("II"::equals).hasSize(5);
  }

  @ParameterizedTest(name = "an unnamed {0} → III")
  @ValueSource(strings = {"THEATRE", "CONCERT_ORGANIZATION", "BRANCH_OF_THEATRE",
      "BRANCH_OF_CONCERT_ORGANIZATION", "ARTISTIC_FORMATION"})
  void performingArts_everyKindOfTheCategoryIIIText_unnamed_isIII(String kind) {
    assertThat(arts("MD-THEATRE-42", kind)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "III")
            .containsEntry("ruleId", "performingArtsCategoryIII"));
    assertThat(arts(null, kind)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "III"));
  }

  @Test
  void performingArts_aBranchOfTheNationalPhilharmonic_givenItsParentsId_isIII() {
    assertThat(arts("NAT-02", "BRANCH_OF_CONCERT_ORGANIZATION")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "III")
            .containsEntry("ruleId", "performingArtsCategoryIII"));
  }

  @Test
  void performingArts_aBranchOfANamedTheatre_givenItsOwnId_isIII() {
    assertThat(arts("NAT-03-FILIALA-CAHUL", "BRANCH_OF_THEATRE")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "III"));
  }

  @Test
  void performingArts_theNamedCircus_isI() {
    assertThat(arts("CAT1-05", "CIRCUS")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "I"));
  }

  @Test
  void performingArts_theNamedConcertAndImpresarioOrganisation_isI() {
    assertThat(arts("CAT1-06", "IMPRESARIO_ORGANIZATION")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "I"));
  }

  @ParameterizedTest(name = "an unnamed {0} → no row (INT-05)")
  @ValueSource(strings = {"CIRCUS", "IMPRESARIO_ORGANIZATION"})
  void performingArts_anUnnamedCircusOrImpresarioOrganisation_hasNoRow(String kind) {
    assertThat(arts("MD-CIRC-BALTI", kind)).isEmpty();
    assertThat(arts(null, kind)).isEmpty();
  }

  @Test
  void performingArts_anUnnamedInstitutionOfUnknownKind_hasNoRow() {
    assertThat(arts("MD-123", null)).isEmpty();
    assertThat(arts(null, null)).isEmpty();
  }

  @Test
  void performingArts_aNameInsteadOfAnId_isNotRecognisedByTheTable() {
    // Names are turned into ids by NamedInstitutions before the table is asked.
    assertThat(arts("Sala cu Orgă", null)).isEmpty();
  }

  // ---- National-status heritage bodies ---------------------------------------------------------

  // Compartment I¹ (GD pt. 1(2)(c)).

  @ParameterizedTest(name = "{0} → NATIONAL_STATUS")
  @CsvSource({"HER-01, heritageHer01", "HER-02, heritageHer02", "HER-03, heritageHer03"})
  void heritage_theThreeNamedBodies_haveNationalStatus(String id, String rule) {
    assertThat(evaluate(PaygradeRules.CATEGORY_NATIONAL_STATUS_HERITAGE, "institutionId", id))
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionStatus", "NATIONAL_STATUS")
            .containsEntry("ruleId", rule));
  }

  @ParameterizedTest(name = "{0} → no row")
  @ValueSource(strings = {"NAT-01", "HER-04", "MD-123"})
  void heritage_anyOtherInstitution_hasNoRow(String id) {
    assertThat(evaluate(PaygradeRules.CATEGORY_NATIONAL_STATUS_HERITAGE, "institutionId", id))
        .isEmpty();
  }

  @Test
  void heritage_noInstitution_hasNoRow() {
    assertThat(evaluate(PaygradeRules.CATEGORY_NATIONAL_STATUS_HERITAGE, "institutionId", null))
        .isEmpty();
  }

  // ---- Libraries -------------------------------------------------------------------------------

  // Compartment I and GD pt. 3.

  private static List<Map<String, Object>> library(String newCategory, String heldOn2020_09_01) {
    return evaluate(PaygradeRules.CATEGORY_LIBRARY, "newEvaluationCategory", newCategory,
        "categoryAsOf2020_09_01", heldOn2020_09_01);
  }

  @Test
  void library_aNewEvaluationCategory_isTakenAsIt_evenOverTheOneHeldIn2020() {
    assertThat(library("II", "I")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "II")
            .containsEntry("ruleId", "libraryNewEvaluationCategory"));
    assertThat(library("III", null)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "III"));
  }

  @Test
  void library_withoutANewEvaluationCategory_theOneHeldOn1September2020_isKept() {
    assertThat(library(null, "I")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "I")
            .containsEntry("ruleId", "libraryCategoryKept"));
    assertThat(library("", "I")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("institutionCategory", "I"));
  }

  @Test
  void library_withNeither_noRow() {
    assertThat(library(null, null)).isEmpty();
    assertThat(library("", "")).isEmpty();
  }
}
