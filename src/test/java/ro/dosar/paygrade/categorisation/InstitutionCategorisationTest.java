package ro.dosar.paygrade.categorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import ro.dosar.paygrade.PaygradeTestRules;

/**
 * The categorisation service on the real tables: a category with its rule, or manual
 * categorisation with the reason recorded.
 */
class InstitutionCategorisationTest {

  private final InstitutionCategorisation service =
      new InstitutionCategorisation(PaygradeTestRules.RULES);

  // ---- Primary education -----------------------------------------------------------------------

  @ParameterizedTest(name = "{0} → column {1}")
  @CsvSource({"640, 2", "641, 1", "642, 1", "100, 6", "101, 5"})
  void primaryEducation_givesTheColumnAndItsRule(int count, int column) {
    Categorisation answer = service.primaryEducation(null, count);

    assertThat(answer.result()).isEqualTo(column);
    assertThat(answer.rule()).isEqualTo("primaryEducationColumn" + column);
    assertThat(answer.manualClassificationRequired()).isFalse();
    assertThat(answer.manualReason()).isNull();
    assertThat(answer.message()).isNull();
  }

  @Test
  void primaryEducation_negativeCount_isManual_NEGATIVE_COUNT() {
    Categorisation answer =
        service.primaryEducation(EducationInstitutionType.PRIMARY_EDUCATION, -1);

    assertThat(answer.manualClassificationRequired()).isTrue();
    assertThat(answer.result()).isNull();
    assertThat(answer.rule()).isNull();
    assertThat(answer.manualReason()).isEqualTo(ManualReason.NEGATIVE_COUNT);
    assertThat(answer.message()).isEqualTo("Numărul de elevi/copii nu poate fi negativ (-1); "
        + "verificați datele sau stabiliți categoria manual.");
  }

  @Test
  void primaryEducation_noCount_isManual_MISSING_COUNT() {
    assertThat(service.primaryEducation(null, null).manualReason())
        .isEqualTo(ManualReason.MISSING_COUNT);
  }

  @ParameterizedTest
  @EnumSource(value = EducationInstitutionType.class, names = "PRIMARY_EDUCATION",
      mode = EnumSource.Mode.EXCLUDE)
  void primaryEducation_rows7And8_areManual_INSTITUTION_TYPE_NOT_COVERED(
      EducationInstitutionType type) {
    Categorisation answer = service.primaryEducation(type, 300);

    assertThat(answer.manualReason()).isEqualTo(ManualReason.INSTITUTION_TYPE_NOT_COVERED);
    assertThat(answer.message()).contains("HG nr. 1231/2018 consolidată");
  }

  // ---- Penitentiary medical units --------------------------------------------------------------

  @ParameterizedTest(name = "{0} → column {1}")
  @CsvSource({"9, 3", "10, 2", "11, 2", "30, 2", "30.5, 1", "31, 1"})
  void penitentiary_givesTheColumnAndItsRule(BigDecimal count, int column) {
    Categorisation answer = service.penitentiaryMedicalUnit(count);

    assertThat(answer.result()).isEqualTo(column);
    assertThat(answer.rule()).isEqualTo("penitentiaryMedicalUnitColumn" + column);
  }

  @Test
  void penitentiary_negativeCount_isManual_NEGATIVE_COUNT() {
    Categorisation answer = service.penitentiaryMedicalUnit(new BigDecimal("-0.5"));

    assertThat(answer.manualReason()).isEqualTo(ManualReason.NEGATIVE_COUNT);
    assertThat(answer.message()).startsWith("Numărul funcțiilor de specialitate nu poate fi "
        + "negativ (-0,5)");
  }

  @Test
  void penitentiary_noCount_isManual_MISSING_COUNT() {
    assertThat(service.penitentiaryMedicalUnit(null).manualReason())
        .isEqualTo(ManualReason.MISSING_COUNT);
  }

  // ---- Performing arts -------------------------------------------------------------------------

  @Test
  void performingArts_byId_givesTheCategoryTheRuleAndTheId() {
    Categorisation answer = service.performingArts("NAT-07", null, null);

    assertThat(answer.result()).isEqualTo("NATIONAL");
    assertThat(answer.rule()).isEqualTo("performingArtsNat07");
    assertThat(answer.institutionId()).isEqualTo("NAT-07");
  }

  @Test
  void performingArts_byALowerCaseId_isTheSame() {
    assertThat(service.performingArts(" cat2-04 ", null, null).result()).isEqualTo("II");
  }

  @ParameterizedTest(name = "[{0}] → CAT1-01, category I")
  @ValueSource(strings = {
      "Teatrul Dramatic Rus de Stat „A. P. Cehov”, mun. Chişinău",
      "Teatrul Dramatic Rus de Stat „A. P. Cehov”, mun. Chișinău",
      "teatrul dramatic rus de stat \"a. p. cehov\", mun. chisinau",
      "Teatrul  Dramatic Rus de Stat A. P. Cehov,  mun.  Chișinău"})
  void performingArts_byNameVariants_resolvesTheIdFirst(String name) {
    Categorisation answer = service.performingArts(null, name, null);

    assertThat(answer.institutionId()).isEqualTo("CAT1-01");
    assertThat(answer.result()).isEqualTo("I");
    assertThat(answer.rule()).isEqualTo("performingArtsCat101");
  }

  @Test
  void performingArts_anUnnamedTheatre_isIII() {
    Categorisation answer = service.performingArts(null, "Teatrul „Vasile Alecsandri” din Bălți?",
        PerformingArtsKind.THEATRE);

    assertThat(answer.institutionId()).isNull();
    assertThat(answer.result()).isEqualTo("III");
    assertThat(answer.rule()).isEqualTo("performingArtsCategoryIII");
  }

  @Test
  void performingArts_aBranchOfTheNationalPhilharmonic_isIII() {
    Categorisation answer = service.performingArts(null, "Filarmonica Națională „Serghei "
        + "Lunchevici”", PerformingArtsKind.BRANCH_OF_CONCERT_ORGANIZATION);

    assertThat(answer.institutionId()).isEqualTo("NAT-02");
    assertThat(answer.result()).isEqualTo("III");
  }

  @Test
  void performingArts_anUnnamedCircus_isManual_KIND_NOT_COVERED() {
    Categorisation answer =
        service.performingArts(null, "Circul din Bălți", PerformingArtsKind.CIRCUS);

    assertThat(answer.manualClassificationRequired()).isTrue();
    assertThat(answer.manualReason()).isEqualTo(ManualReason.KIND_NOT_COVERED);
    assertThat(answer.message()).isEqualTo("Tabelul 3 nu nominalizează această instituție, iar "
        + "categoria III nu cuprinde felul ei (circ); categoria se stabilește manual.");
  }

  @Test
  void performingArts_theChisinauCircus_isI() {
    assertThat(service.performingArts(null, "Circul din Chișinău", PerformingArtsKind.CIRCUS)
        .result()).isEqualTo("I");
  }

  @Test
  void performingArts_anUnnamedImpresarioOrganisation_isManual_KIND_NOT_COVERED() {
    assertThat(service.performingArts("MD-77", null, PerformingArtsKind.IMPRESARIO_ORGANIZATION)
        .manualReason()).isEqualTo(ManualReason.KIND_NOT_COVERED);
  }

  @Test
  void performingArts_anUnknownNameWithoutAKind_isManual_UNKNOWN_INSTITUTION() {
    Categorisation answer = service.performingArts(null, "Teatrul Mic", null);

    assertThat(answer.manualReason()).isEqualTo(ManualReason.UNKNOWN_INSTITUTION);
    assertThat(answer.institutionId()).isNull();
  }

  // ---- National-status heritage bodies ---------------------------------------------------------

  @Test
  void heritage_byName_hasNationalStatus() {
    Categorisation answer = service.nationalStatusHeritage(null,
        "Centrul Naţional de Conservare şi de Promovare a Patrimoniului Cultural Imaterial");

    assertThat(answer.result()).isEqualTo("NATIONAL_STATUS");
    assertThat(answer.rule()).isEqualTo("heritageHer03");
    assertThat(answer.institutionId()).isEqualTo("HER-03");
  }

  @Test
  void heritage_anyOtherBody_isManual_UNKNOWN_INSTITUTION() {
    Categorisation answer = service.nationalStatusHeritage("NAT-01", null);

    assertThat(answer.manualReason()).isEqualTo(ManualReason.UNKNOWN_INSTITUTION);
    assertThat(answer.message()).contains("compartimentul I¹");
  }

  // ---- Libraries -------------------------------------------------------------------------------

  @Test
  void library_newEvaluationCategory_wins() {
    Categorisation answer = service.library(" II ", "I");

    assertThat(answer.result()).isEqualTo("II");
    assertThat(answer.rule()).isEqualTo("libraryNewEvaluationCategory");
  }

  @Test
  void library_withoutANewCategory_keepsThe2020One() {
    Categorisation answer = service.library("  ", "I");

    assertThat(answer.result()).isEqualTo("I");
    assertThat(answer.rule()).isEqualTo("libraryCategoryKept");
  }

  @Test
  void library_withNeither_isManual_NO_LIBRARY_CATEGORY() {
    assertThat(service.library(null, null).manualReason())
        .isEqualTo(ManualReason.NO_LIBRARY_CATEGORY);
  }
}
