package ro.dosar.paygrade.categorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.paygrade.categorisation.InstitutionCategorisationProcess.Elements;
import ro.dosar.paygrade.functioncycle.FunctionCycleSteps;
import ro.dosar.support.Http;
import ro.dosar.support.MoldovanInstitutionsTest;
import ro.dosar.support.TestLogin;

/**
 * The institution categorisation (process {@code institutionCategorisation}, spec §3.13 P3)
 * walked as HR would in Tasklist: the start form names the institution and the table's inputs,
 * the table gives the category and its rule; when it gives none, HR categorises by hand with the
 * recorded reason in front of them. Expected categories are those of spec §2 (INT-01, INT-05,
 * INT-06).
 */
@MoldovanInstitutionsTest
class CategorisationProcessTest {

  static final String KEY = CategorisationSteps.PROCESS_KEY;
  /**
   * A pay-policy officer of a Moldovan institution: the one who asks for a categorisation and
   * categorises by hand.
   */
  static final String HR_USER = "cat.hr";
  /** A user of no role group. */
  static final String OTHER_USER = "cat.other";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @LocalServerPort
  int port;

  ProcessInstance instance;
  /** The instance whose variables {@link #variable} reads. */
  String instanceId;

  @BeforeEach
  void people() {
    BpmnAwareTests.init(engine);
    for (String id : List.of(HR_USER, OTHER_USER)) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setPassword(id);
        identity.saveUser(user);
      }
    }
    if (identity.createUserQuery().userId(HR_USER).memberOfGroup(FunctionCycleSteps.PAY_POLICY)
        .count() == 0) {
      identity.createMembership(HR_USER, FunctionCycleSteps.PAY_POLICY);
      identity.createTenantUserMembership("MFRM", HR_USER);
    }
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    BpmnAwareTests.reset();
  }

  // ---- Driving the process as its people ------------------------------------------------------

  private static Map<String, Object> request(String name, String table, Object... pairs) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("institutionName", name);
    variables.put("categoryTable", table);
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put((String) pairs[i], pairs[i + 1]);
    }
    return variables;
  }

  private <T> T as(String user, List<String> groups, Supplier<T> action) {
    return TestLogin.asUser(identity, user, groups, action);
  }

  /** HR submits the start form, as Tasklist does (FormService). */
  private ProcessInstance submit(Map<String, Object> request) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult().getId();
    instance = as(HR_USER, List.of(FunctionCycleSteps.PAY_POLICY),
        () -> engine.getFormService().submitStartForm(definition, request));
    instanceId = instance.getId();
    return instance;
  }

  private Task manualTask() {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.CATEGORISE_MANUALLY).singleResult();
    assertThat(task).as(Elements.CATEGORISE_MANUALLY).isNotNull();
    return task;
  }

  private void completeAsHr(Task task, Map<String, Object> variables) {
    as(HR_USER, List.of(FunctionCycleSteps.PAY_POLICY), () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  /** A variable of the instance, running or ended, from history. */
  private Object variable(String name) {
    HistoricVariableInstance variable = engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(name).singleResult();
    assertThat(variable).as(name).isNotNull();
    return variable.getValue();
  }

  private long instancesOfTheProcess() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(KEY).count();
  }

  private void assertCategorisedAutomatically(String task, String category, String rule) {
    assertThat(instance).isEnded().hasPassed(task, Elements.CATEGORY_SET)
        .hasNotPassed(Elements.CATEGORISE_MANUALLY);
    assertThat(variable("categoryResult")).isEqualTo(category);
    assertThat(variable("categoryRule")).isEqualTo(rule);
    assertThat(variable("manualClassificationRequired")).isEqualTo(false);
    assertThat(variable("manualReason")).isNull();
    assertThat(variable("manualReasonText")).isNull();
    assertThat(variable("requestedBy")).isEqualTo(HR_USER);
  }

  // ---- Automatic categories ---------------------------------------------------------------------

  @Test
  void aPrimarySchoolOf641Pupils_isInColumn1_withoutAnyoneDeciding() {
    submit(request("Școala primară-grădiniță nr. 7, mun. Chișinău", "PRIMARY_EDUCATION",
        "institutionType", "PRIMARY_EDUCATION", "pupilsChildrenCount", 641));

    // INT-01: the gap at 641 ("more than 641" / "up to 640") is closed upwards.
    assertCategorisedAutomatically(Elements.CATEGORISE_PRIMARY_EDUCATION, "1",
        "primaryEducationColumn1");
    assertThat(variable("categoryTableName"))
        .isEqualTo("tabelul 1 (instituții de învățământ, după numărul de elevi/copii)");
  }

  @ParameterizedTest(name = "{0} pupils → column {1}")
  @CsvSource({"640, 2", "642, 1", "401, 2", "400, 3", "101, 5", "100, 6", "0, 6"})
  void theBoundariesOfTable1_giveTheirColumns(int pupils, String column) {
    submit(request("Școala primară nr. 3", "PRIMARY_EDUCATION",
        "institutionType", "PRIMARY_EDUCATION", "pupilsChildrenCount", pupils));

    assertCategorisedAutomatically(Elements.CATEGORISE_PRIMARY_EDUCATION, column,
        "primaryEducationColumn" + column);
  }

  @Test
  void aClientsRequest_tableInLowerCase_countAsText_noRowChosen_isReadAsPosition2() {
    submit(request("Școala primară nr. 4", "primary_education", "pupilsChildrenCount", "640"));

    assertCategorisedAutomatically(Elements.CATEGORISE_PRIMARY_EDUCATION, "2",
        "primaryEducationColumn2");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Teatrul Naţional „Mihai Eminescu”, mun. Chişinău",
      "Teatrul Național „Mihai Eminescu”, mun. Chișinău",
      "Teatrul National \"Mihai Eminescu\", mun. Chisinau",
      "  TEATRUL   NAȚIONAL «MIHAI EMINESCU»,  mun. Chișinău "})
  void aNamedTheatre_isFoundByItsNameWhateverTheDiacriticsQuotesCaseAndSpaces(String name) {
    // The kind alone would make it Category III: the name must win (Table 3, INT-06).
    submit(request(name, "PERFORMING_ARTS", "performingArtsKind", "THEATRE"));

    assertCategorisedAutomatically(Elements.CATEGORISE_PERFORMING_ARTS, "NATIONAL",
        "performingArtsNat03");
    assertThat(variable("matchedInstitutionId")).isEqualTo("NAT-03");
  }

  @Test
  void theCircusThatTable3Names_isCategoryI_byItsId() {
    submit(request("Circul din Chișinău", "PERFORMING_ARTS", "institutionId", "CAT1-05",
        "performingArtsKind", "CIRCUS"));

    assertCategorisedAutomatically(Elements.CATEGORISE_PERFORMING_ARTS, "I",
        "performingArtsCat105");
    assertThat(variable("matchedInstitutionId")).isEqualTo("CAT1-05");
  }

  @Test
  void anUnnamedTheatre_isCategoryIII_byItsKind() {
    submit(request("Teatrul de Vară din Soroca", "PERFORMING_ARTS",
        "performingArtsKind", "THEATRE"));

    assertCategorisedAutomatically(Elements.CATEGORISE_PERFORMING_ARTS, "III",
        "performingArtsCategoryIII");
    assertThat(variable("matchedInstitutionId")).isNull();
  }

  @Test
  void tenSpecialistFunctions_isColumn2() {
    // INT-02: 10 is in "10-30" and in "up to 10"; the explicit range wins.
    submit(request("Unitatea medicală a Penitenciarului nr. 13", "PENITENTIARY_MEDICAL_UNIT",
        "specialistFunctionsCount", 10));

    assertCategorisedAutomatically(Elements.CATEGORISE_PENITENTIARY_MEDICAL_UNIT, "2",
        "penitentiaryMedicalUnitColumn2");
  }

  @Test
  void aHeritageAgencyNamedWithoutDiacritics_hasNationalStatus() {
    submit(request("agentia nationala arheologica", "NATIONAL_STATUS_HERITAGE"));

    assertCategorisedAutomatically(Elements.CATEGORISE_NATIONAL_STATUS_HERITAGE, "NATIONAL_STATUS",
        "heritageHer02");
    assertThat(variable("matchedInstitutionId")).isEqualTo("HER-02");
  }

  @Test
  void aLibraryWithoutANewEvaluationCategory_keepsTheOneOf1September2020() {
    submit(request("Biblioteca publică raională Orhei", "LIBRARY",
        "categoryAsOf2020_09_01", "II"));

    assertCategorisedAutomatically(Elements.CATEGORISE_LIBRARY, "II", "libraryCategoryKept");
  }

  // ---- Manual categorisation --------------------------------------------------------------------

  @Test
  void anUnnamedCircus_goesToHr_withTheReason_andHrDecidesWithAJustification() {
    submit(request("Circul de Stat din Bălți", "PERFORMING_ARTS",
        "performingArtsKind", "CIRCUS"));

    // INT-05: Category III's text leaves circuses out; the table gives nothing.
    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY).hasPassed(Elements.CATEGORISE_PERFORMING_ARTS);
    assertThat(variable("manualClassificationRequired")).isEqualTo(true);
    assertThat(variable("manualReason")).isEqualTo("KIND_NOT_COVERED");
    assertThat(variable("manualReasonText")).isEqualTo("Tabelul 3 nu nominalizează această "
        + "instituție, iar categoria III nu cuprinde felul ei (circ); categoria se stabilește "
        + "manual.");
    assertThat(variable("categoryResult")).isNull();
    assertThat(variable("categoryRule")).isNull();
    assertThat(variable("requestSummary")).isEqualTo("Instituția aleasă din listă: nicio "
        + "instituție (căutată după denumire); felul instituției: circ.");

    Task task = manualTask();
    assertThat(task.getName()).isEqualTo("Categorisirea manuală");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly(FunctionCycleSteps.PAY_POLICY);
    assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef()
        .getKey()).isEqualTo("categorisation-manual");
    assertThat(as(OTHER_USER, List.of(), () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).count())).isZero();

    assertThatThrownBy(() -> completeAsHr(task, Map.of("manualCategory", "II")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Câmpul „Justificarea categoriei” este obligatoriu.");
    assertThatThrownBy(() -> completeAsHr(task,
        Map.of("manualCategory", " ", "manualJustification", "Prin analogie.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Câmpul „Categoria stabilită” este obligatoriu.");
    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY);

    completeAsHr(task, Map.of("manualCategory", " II ", "manualJustification",
        "Prin analogie cu Circul din Chișinău (categoria I), la o scenă mai mică."));

    assertThat(instance).isEnded().hasPassed(Elements.CATEGORY_SET_MANUALLY)
        .hasNotPassed(Elements.CATEGORY_SET);
    assertThat(variable("categoryResult")).isEqualTo("II");
    assertThat(variable("manualCategory")).isEqualTo("II");
    assertThat(variable("manualJustification"))
        .isEqualTo("Prin analogie cu Circul din Chișinău (categoria I), la o scenă mai mică.");
    assertThat(variable("categorisedBy")).isEqualTo(HR_USER);
    // The reason stays recorded beside the decision.
    assertThat(variable("manualReason")).isEqualTo("KIND_NOT_COVERED");
    assertThat(variable("categoryRule")).isNull();
  }

  @Test
  void aNegativeNumberOfPupils_isNotRefused_itGoesToManualCategorisation() {
    submit(request("Școala primară din Cahul", "PRIMARY_EDUCATION",
        "institutionType", "PRIMARY_EDUCATION", "pupilsChildrenCount", -5));

    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY);
    assertThat(variable("manualReason")).isEqualTo("NEGATIVE_COUNT");
    assertThat(variable("manualReasonText")).isEqualTo("Numărul de elevi/copii nu poate fi "
        + "negativ (-5); verificați datele sau stabiliți categoria manual.");

    completeAsHr(manualTask(), Map.of("manualCategory", "5", "manualJustification",
        "Efectivul verificat la 1 septembrie: 150 de elevi."));

    assertThat(instance).isEnded().hasPassed(Elements.CATEGORY_SET_MANUALLY);
    assertThat(variable("categoryResult")).isEqualTo("5");
  }

  @Test
  void aNegativeNumberOfSpecialistFunctions_typedWithAComma_goesToManualCategorisation() {
    submit(request("Unitatea medicală a Penitenciarului nr. 9", "PENITENTIARY_MEDICAL_UNIT",
        "specialistFunctionsCount", "-0,5"));

    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY);
    assertThat(variable("manualReason")).isEqualTo("NEGATIVE_COUNT");
    assertThat(variable("manualReasonText")).isEqualTo("Numărul funcțiilor de specialitate nu "
        + "poate fi negativ (-0,5); verificați datele sau stabiliți categoria manual.");
  }

  @Test
  void aSecondaryLyceum_row7_goesToManualCategorisation() {
    submit(request("Liceul Teoretic „Mihai Eminescu”, Hîncești", "PRIMARY_EDUCATION",
        "institutionType", "GENERAL_SECONDARY_NO_PROFILE", "pupilsChildrenCount", 700));

    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY);
    assertThat(variable("manualReason")).isEqualTo("INSTITUTION_TYPE_NOT_COVERED");
  }

  @Test
  void anAgencyOutsideCompartmentI1_goesToManualCategorisation() {
    submit(request("Agenția Relații Funciare și Cadastru", "NATIONAL_STATUS_HERITAGE"));

    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY);
    assertThat(variable("manualReason")).isEqualTo("UNKNOWN_INSTITUTION");
    assertThat(variable("matchedInstitutionId")).isNull();
  }

  @Test
  void aLibraryWithNoCategoryAtAll_goesToManualCategorisation() {
    submit(request("Biblioteca publică din Ungheni", "LIBRARY"));

    assertThat(instance).isWaitingAt(Elements.CATEGORISE_MANUALLY);
    assertThat(variable("manualReason")).isEqualTo("NO_LIBRARY_CATEGORY");
  }

  // ---- Refused start forms ----------------------------------------------------------------------

  private void assertRefused(Map<String, Object> request, String message) {
    long before = instancesOfTheProcess();

    assertThatThrownBy(() -> submit(request))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);

    assertThat(instancesOfTheProcess()).as("nothing started").isEqualTo(before);
  }

  @Test
  void aPrimarySchoolWithoutItsNumberOfPupils_isRefused_andNothingStarts() {
    assertRefused(request("Școala primară nr. 5", "PRIMARY_EDUCATION",
            "institutionType", "PRIMARY_EDUCATION"),
        "Câmpul „Numărul de elevi/copii” este obligatoriu pentru tabelul 1 (instituții de "
            + "învățământ, după numărul de elevi/copii).");
  }

  @Test
  void otherIncompleteOrWrongRequests_areRefusedInRomanian() {
    assertRefused(request(" ", "LIBRARY"), "Câmpul „Denumirea instituției” este obligatoriu.");
    assertRefused(request("Unitatea medicală nr. 1", null),
        "Alegeți tipul instituției: de el depinde tabelul care se aplică.");
    assertRefused(request("Unitatea medicală nr. 1", "HOSPITAL"),
        "Tabelul „HOSPITAL” nu este cunoscut");
    assertRefused(request("Unitatea medicală nr. 1", "PENITENTIARY_MEDICAL_UNIT"),
        "Câmpul „Numărul funcțiilor de specialitate” este obligatoriu");
    assertRefused(request("Unitatea medicală nr. 1", "PENITENTIARY_MEDICAL_UNIT",
            "specialistFunctionsCount", "10,125"),
        "Numărul funcțiilor de specialitate poate avea cel mult două zecimale");
    assertRefused(request("Școala nr. 1", "PRIMARY_EDUCATION", "pupilsChildrenCount", 6.5),
        "Numărul de elevi/copii trebuie să fie un număr întreg; s-a primit 6,5.");
    assertRefused(request("Școala nr. 1", "PRIMARY_EDUCATION", "pupilsChildrenCount", "multi"),
        "„Numărul de elevi/copii” trebuie să fie un număr; s-a primit „multi”.");
    assertRefused(request("Agenția Națională Arheologică", "NATIONAL_STATUS_HERITAGE",
            "institutionId", "NAT-01"),
        "Codul „NAT-01” nu este al unei instituții nominalizate în compartimentul I¹");
    assertRefused(request("Circul din Chișinău", "PERFORMING_ARTS", "institutionId", "NAT-03"),
        "Denumirea „Circul din Chișinău” este a instituției CAT1-05, iar din listă ați ales "
            + "NAT-03 (Teatrul Național „Mihai Eminescu”, mun. Chișinău)");
    assertRefused(request("Teatru", "PERFORMING_ARTS", "performingArtsKind", "OPERA"),
        "Felul instituției „OPERA” nu este cunoscut");
  }

  @Test
  void aNamedTheatreWithoutItsLocality_isRefused_ratherThanPlacedInCategoryIIIByItsKind() {
    assertRefused(request("Teatrul National \"Mihai Eminescu\"", "PERFORMING_ARTS",
            "performingArtsKind", "THEATRE"),
        "Denumirea „Teatrul National \"Mihai Eminescu\"” pare a fi a instituției nominalizate "
            + "„Teatrul Național „Mihai Eminescu”, mun. Chișinău” (NAT-03): alegeți-o din listă "
            + "sau scrieți denumirea completă.");
  }

  // ---- Through the REST API, as Tasklist submits the start form -------------------------------

  @Test
  void hrStartsItThroughTheRestApi_aMissingInputAnswers400InRomanian_othersCannotStartIt() {
    String path = "/engine-rest/process-definition/key/" + KEY + "/submit-form";
    Http hr = Http.as(port, HR_USER, HR_USER);

    HttpResponse<String> refused = hr.postJson(path, "{\"variables\":{"
        + "\"institutionName\":{\"value\":\"Școala primară nr. 9\"},"
        + "\"categoryTable\":{\"value\":\"PRIMARY_EDUCATION\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(Http.json(refused).get("message").asText())
        .contains("Câmpul „Numărul de elevi/copii” este obligatoriu");

    String school = "{\"variables\":{"
        + "\"institutionName\":{\"value\":\"Școala primară nr. 9\"},"
        + "\"categoryTable\":{\"value\":\"PRIMARY_EDUCATION\"},"
        + "\"institutionType\":{\"value\":\"PRIMARY_EDUCATION\"},"
        + "\"pupilsChildrenCount\":{\"value\":641}}}";
    HttpResponse<String> started = hr.postJson(path, school);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    instanceId = Http.json(started).get("id").asText();
    assertThat(variable("categoryRule")).isEqualTo("primaryEducationColumn1");
    assertThat(variable("categoryResult")).isEqualTo("1");

    // A user of no role group does not even see the process.
    long before = instancesOfTheProcess();
    assertThat(Http.as(port, OTHER_USER, OTHER_USER).postJson(path, school).statusCode())
        .isEqualTo(404);
    assertThat(instancesOfTheProcess()).isEqualTo(before);
  }
}
