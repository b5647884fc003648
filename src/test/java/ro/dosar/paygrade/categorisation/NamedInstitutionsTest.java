package ro.dosar.paygrade.categorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ro.dosar.paygrade.PaygradeTestRules;
import ro.dosar.paygrade.categorisation.NamedInstitutions.NamedInstitution;

/** Names turned into ids as INT-06 says, and the catalogue agreeing with the tables. */
class NamedInstitutionsTest {

  @Test
  void theCatalogue_holds20PerformingArtsInstitutionsAnd3HeritageBodies() {
    assertThat(NamedInstitutions.ALL).filteredOn(i -> i.table() == CategoryTable.PERFORMING_ARTS)
        .hasSize(20);
    assertThat(NamedInstitutions.ALL)
        .filteredOn(i -> i.table() == CategoryTable.NATIONAL_STATUS_HERITAGE)
        .extracting(NamedInstitution::id).containsExactly("HER-01", "HER-02", "HER-03");
  }

  /** Each name as the source prints it (cedilla and comma-below mixed) finds its id. */
  @Test
  void everySourceName_findsItsOwnId() {
    for (NamedInstitution institution : NamedInstitutions.ALL) {
      assertThat(NamedInstitutions.byName(institution.table(), institution.sourceName()))
          .as(institution.sourceName()).contains(institution);
    }
  }

  /** The variants of one name a person may type, all for NAT-01. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "Teatrul Național de Operă şi Balet „Maria Bieşu”, mun. Chişinău",
      "Teatrul Național de Operă și Balet „Maria Bieșu”, mun. Chișinău",
      "Teatrul Naţional de Operă şi Balet „Maria Bieşu”, mun. Chişinău",
      "Teatrul Național de Operă și Balet \"Maria Bieșu\", mun. Chișinău",
      "Teatrul Național de Operă și Balet «Maria Bieșu», mun. Chișinău",
      "Teatrul Național de Operă și Balet Maria Bieșu, mun. Chișinău",
      "TEATRUL NAȚIONAL DE OPERĂ ȘI BALET „MARIA BIEȘU”, MUN. CHIȘINĂU",
      "  Teatrul   Național de Operă\tși Balet\u00A0„Maria Bieșu”,  mun. Chișinău ",
      "Teatrul National de Opera si Balet Maria Biesu, mun. Chisinau"})
  void diacriticQuoteCaseAndSpaceVariants_findNat01(String name) {
    assertThat(NamedInstitutions.byName(CategoryTable.PERFORMING_ARTS, name))
        .map(NamedInstitution::id).contains("NAT-01");
  }

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Teatrul Dramatic de Stat pentru Tineret „S Uliţî Roz”, mun. Chişinău | CAT2-05
      Organizația Concertistică și de Impresariat „Moldova-Concert”         | CAT1-06
      teatrul republican de păpuși licurici, mun. chișinău                  | CAT1-03
      Orchestra Prezidențială a Republicii Moldova                          | NAT-08
      Teatrul Național de Stat „Vasile Alecsandri”, mun. Bălți              | NAT-04
      """)
  void otherNames_withTheOtherDiacriticForm_findTheirIds(String name, String id) {
    assertThat(NamedInstitutions.byName(CategoryTable.PERFORMING_ARTS, name))
        .map(NamedInstitution::id).contains(id);
  }

  @Test
  void theSourcesArtefactSUlitiRoz_andTheRealNameSUlitiRoz_bothFindCat2_05() {
    assertThat(NamedInstitutions.byName(CategoryTable.PERFORMING_ARTS,
        "Teatrul Dramatic de Stat pentru Tineret „S uliţî Roz”, mun. Chişinău"))
        .map(NamedInstitution::id).contains("CAT2-05");
    assertThat(NamedInstitutions.byName(CategoryTable.PERFORMING_ARTS,
        "Teatrul Dramatic de Stat pentru Tineret „S Uliţî Roz”, mun. Chișinău"))
        .map(NamedInstitution::id).contains("CAT2-05");
  }

  @Test
  void aHeritageBodyByName_isFoundOnlyInItsOwnTable() {
    String name = "Agenţia Naţională Arheologică";
    assertThat(NamedInstitutions.byName(CategoryTable.NATIONAL_STATUS_HERITAGE, name))
        .map(NamedInstitution::id).contains("HER-02");
    assertThat(NamedInstitutions.byName(CategoryTable.PERFORMING_ARTS, name)).isEmpty();
  }

  @ParameterizedTest(name = "[{0}] → none")
  @ValueSource(strings = {"Teatrul Național „Mihai Eminescu”", "Circul din Bălți",
      "Filarmonica", "", "   "})
  void aNameThatIsNotExactlyANamedInstitution_findsNone(String name) {
    assertThat(NamedInstitutions.byName(CategoryTable.PERFORMING_ARTS, name)).isEmpty();
  }

  @Test
  void matchKey_removesDiacriticsQuotesCaseAndExtraSpaces() {
    assertThat(NamedInstitutions.matchKey("  Teatrul Naţional „Mihai  Eminescu”, mun. Chişinău "))
        .isEqualTo("teatrul national mihai eminescu, mun. chisinau");
    assertThat(NamedInstitutions.matchKey("Şcoala Ţării"))
        .isEqualTo(NamedInstitutions.matchKey("Școala Țării"));
  }

  @Test
  void byId_ignoresCaseAndSpaces() {
    assertThat(NamedInstitutions.byId(" cat1-05 ")).map(NamedInstitution::sourceName)
        .contains("Circul din Chişinău");
    assertThat(NamedInstitutions.byId("NAT-10")).isEmpty();
  }

  /** Each named rule of the tables carries, in its annotation, the catalogue's name of its id. */
  @Test
  void theTablesAnnotations_nameTheSameInstitutions() throws IOException {
    String dmn = Files.readString(PaygradeTestRules.INSTITUTION_CATEGORY);
    Pattern namedRule = Pattern.compile("<inputEntry id=\"\\w+InstitutionId\"><text>\"([A-Z0-9-]+)"
        + "\"</text></inputEntry>.*?<annotationEntry><text>([^<]*)</text>", Pattern.DOTALL);
    Matcher rules = namedRule.matcher(dmn);
    int count = 0;
    while (rules.find()) {
      String id = rules.group(1);
      String annotation = rules.group(2);
      NamedInstitution institution = NamedInstitutions.byId(id).orElseThrow(
          () -> new AssertionError("The table names " + id + ", the catalogue does not"));
      assertThat(annotation).as(id).contains(institution.sourceName());
      count++;
    }
    assertThat(count).isEqualTo(NamedInstitutions.ALL.size());
  }
}
