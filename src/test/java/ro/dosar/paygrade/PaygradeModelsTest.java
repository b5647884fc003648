package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import ro.dosar.paygrade.categorisation.CategorisationSteps;
import ro.dosar.paygrade.categorisation.CategoryTable;
import ro.dosar.paygrade.categorisation.EducationInstitutionType;
import ro.dosar.paygrade.categorisation.NamedInstitutions;
import ro.dosar.paygrade.categorisation.PerformingArtsKind;

/**
 * The house rules of a decision model, checked on every file of {@code dmn/paygrade/}: DMN 1.3,
 * a history time to live (without it the deployment fails), a description citing the source, an
 * annotated rule each, a shape each for Camunda Modeler, English camelCase ids and Romanian
 * labels with comma-below letters. The same for the process {@code bpmn/paygrade/
 * institution-categorisation.bpmn} and its forms in {@code forms/paygrade/}, whose choices must be
 * exactly those the Java code accepts.
 */
class PaygradeModelsTest {

  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
  /** Old cedilla letters: Moldovan and Romanian spelling uses ș ț. Only quotations keep them. */
  private static final String[] CEDILLA = {"ş", "ţ", "Ş", "Ţ"};

  static List<Path> files() {
    return PaygradeTestRules.files();
  }

  private static Document read(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> elements(Document document, String namespace, String name) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && DMN.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        children.add(element);
      }
    }
    return children;
  }

  private static String text(Element parent, String child) {
    List<Element> found = children(parent, child);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  @Test
  void theFolder_holdsExactlyTheContractsDecisionKeys() throws Exception {
    List<String> keys = new ArrayList<>();
    for (Path file : files()) {
      elements(read(file), DMN, "decision").forEach(decision -> keys.add(decision.getAttribute(
          "id")));
    }
    assertThat(keys).containsExactlyInAnyOrderElementsOf(PaygradeRules.DECISION_KEYS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyDecision_hasTtlVersionDescriptionAndShape(Path file) throws Exception {
    Document document = read(file);
    Set<String> shapes = elements(document, DMNDI, "DMNShape").stream()
        .map(shape -> shape.getAttribute("dmnElementRef")).collect(Collectors.toSet());

    for (Element decision : elements(document, DMN, "decision")) {
      String key = decision.getAttribute("id");
      assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).as(key)
          .isEqualTo("3650");
      assertThat(decision.getAttributeNS(CAMUNDA, "versionTag")).as(key).isEqualTo("2020-09-01");
      assertThat(text(decision, "description")).as(key).isNotBlank()
          .containsAnyOf("HG nr. 1231/2018", "Regulament");
      assertThat(shapes).as(key).contains(key);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyRule_hasAnAnnotationCitingItsSource(Path file) throws Exception {
    for (Element rule : elements(read(file), DMN, "rule")) {
      List<Element> annotations = children(rule, "annotationEntry");
      assertThat(annotations).as(rule.getAttribute("id")).hasSize(1);
      assertThat(annotations.get(0).getTextContent()).as(rule.getAttribute("id")).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void idsAreEnglishCamelCase_labelsAreRomanianWithCommaBelowLetters(Path file)
      throws Exception {
    Document document = read(file);
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    labels.add(document.getDocumentElement().getAttribute("name"));
    for (Element decision : elements(document, DMN, "decision")) {
      ids.add(decision.getAttribute("id"));
      labels.add(decision.getAttribute("name"));
    }
    for (String kind : List.of("input", "output", "rule")) {
      for (Element element : elements(document, DMN, kind)) {
        ids.add(element.getAttribute("id"));
        if (!kind.equals("rule")) {
          labels.add(element.getAttribute("label"));
        }
      }
    }
    elements(document, DMN, "output").forEach(output -> ids.add(output.getAttribute("name")));

    assertThat(ids).allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z0-9_]*"));
    assertThat(labels).allSatisfy(label -> assertThat(label).isNotBlank()
        .doesNotContain(CEDILLA));
    assertThat(String.join(" ", labels)).containsAnyOf("ț", "ș", "ă", "î", "â");
  }

  /** The classification tables say which rule matched, by its own id. */
  @ParameterizedTest
  @EnumSource(CategoryTable.class)
  void everyClassificationRule_outputsItsOwnIdAsRuleId(CategoryTable table) throws Exception {
    Element decision = elements(read(PaygradeTestRules.INSTITUTION_CATEGORY), DMN, "decision")
        .stream().filter(d -> d.getAttribute("id").equals(table.decisionKey())).findFirst()
        .orElseThrow();
    Element decisionTable = children(decision, "decisionTable").get(0);
    List<String> outputs = children(decisionTable, "output").stream()
        .map(output -> output.getAttribute("name")).toList();
    assertThat(outputs).containsExactly(table.output(), CategoryTable.RULE_ID_OUTPUT);

    for (Element rule : children(decisionTable, "rule")) {
      List<Element> entries = children(rule, "outputEntry");
      assertThat(entries.get(1).getTextContent())
          .isEqualTo("\"" + rule.getAttribute("id") + "\"");
    }
  }

  // ---- The categorisation process and its forms ------------------------------------------------

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  private static final Path CATEGORISATION =
      Path.of("bpmn/paygrade/institution-categorisation.bpmn");
  private static final Path FORMS = Path.of("forms/paygrade");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Element process() throws Exception {
    List<Element> processes = elements(read(CATEGORISATION), BPMN, "process");
    assertThat(processes).hasSize(1);
    return processes.get(0);
  }

  /** The process's flow elements (events, tasks, gateways, sequence flows). */
  private static List<Element> flowElements(Element process) {
    List<Element> found = new ArrayList<>();
    for (var node = process.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && BPMN.equals(element.getNamespaceURI())
          && !Set.of("documentation", "extensionElements").contains(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static boolean isFlow(Element element) {
    return element.getLocalName().equals("sequenceFlow");
  }

  private static JsonNode form(String id) throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        if (id.equals(form.path("id").asText())) {
          return form;
        }
      }
    }
    throw new AssertionError("No form with id " + id + " in " + FORMS);
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("No field " + key + " in form " + form.path("id").asText());
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }

  @Test
  void theCategorisationProcess_isExecutable_keptTenYears_andDrawnWhole() throws Exception {
    Element process = process();
    assertThat(process.getAttribute("id")).isEqualTo(CategorisationSteps.PROCESS_KEY);
    assertThat(process.getAttribute("isExecutable")).isEqualTo("true");
    assertThat(process.getAttributeNS(CAMUNDA_BPMN, "historyTimeToLive")).isEqualTo("3650");
    assertThat(process.getAttributeNS(CAMUNDA_BPMN, "versionTag")).isNotBlank();

    Document document = read(CATEGORISATION);
    Set<String> shapes = elements(document, BPMNDI, "BPMNShape").stream()
        .map(shape -> shape.getAttribute("bpmnElement")).collect(Collectors.toSet());
    List<Element> edges = elements(document, BPMNDI, "BPMNEdge");
    Set<String> edged = edges.stream().map(edge -> edge.getAttribute("bpmnElement"))
        .collect(Collectors.toSet());
    Set<String> ids = new HashSet<>();
    for (Element element : flowElements(process)) {
      String id = element.getAttribute("id");
      ids.add(id);
      assertThat(isFlow(element) ? edged : shapes).as(id).contains(id);
    }
    assertThat(ids).containsAll(shapes).containsAll(edged);
    assertThat(edges).allSatisfy(edge -> assertThat(
        edge.getElementsByTagNameNS("http://www.omg.org/spec/DD/20100524/DI", "waypoint")
            .getLength()).as(edge.getAttribute("id")).isGreaterThanOrEqualTo(2));
  }

  @Test
  void theCategorisationProcess_hasEnglishIds_andRomanianNames() throws Exception {
    List<String> names = new ArrayList<>();
    for (Element element : flowElements(process())) {
      String id = element.getAttribute("id");
      assertThat(id).matches("[a-z][A-Za-z0-9]*");
      String name = element.getAttribute("name");
      boolean join = element.getLocalName().equals("exclusiveGateway")
          && bpmnChildren(element, "incoming").size() > 1;
      if (!isFlow(element) && !join) {
        assertThat(name).as(id).isNotBlank();
      }
      assertThat(name).as(id).doesNotContain(CEDILLA);
      names.add(name);
    }
    assertThat(names).contains("Ce tabel se aplică?", "Rezultat?", "Categorie stabilită",
        "Categorisirea manuală", "Categorie stabilită manual");
  }

  private static List<Element> bpmnChildren(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && BPMN.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  @Test
  void theTableGateway_routesEachTableToItsOwnStep() throws Exception {
    List<Element> elements = flowElements(process());
    List<String> conditions = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    for (Element flow : elements) {
      if (isFlow(flow) && flow.getAttribute("sourceRef").equals("tableGateway")) {
        conditions.add(bpmnChildren(flow, "conditionExpression").get(0).getTextContent());
        Element target = elements.stream()
            .filter(e -> e.getAttribute("id").equals(flow.getAttribute("targetRef")))
            .findFirst().orElseThrow();
        assertThat(target.getLocalName()).isEqualTo("businessRuleTask");
        expressions.add(target.getAttributeNS(CAMUNDA_BPMN, "decisionRef"));
      }
    }
    assertThat(conditions).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(CategoryTable.values())
            .map(table -> "${categoryTable == '" + table.name() + "'}").toList());
    assertThat(expressions).containsExactlyInAnyOrder("categoryPrimaryEducation",
        "categoryPenitentiaryMedicalUnit", "categoryPerformingArts",
        "categoryNationalStatusHeritage", "categoryLibrary");
  }

  @Test
  void everyFormTheProcessNames_isACamunda724FormOfTheFolder() throws Exception {
    List<String> refs = new ArrayList<>();
    for (Element element : flowElements(process())) {
      String ref = element.getAttributeNS(CAMUNDA_BPMN, "formRef");
      if (!ref.isEmpty()) {
        refs.add(ref);
        assertThat(element.getAttributeNS(CAMUNDA_BPMN, "formRefBinding"))
            .isEqualTo("deployment");
        JsonNode form = form(ref);
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      }
    }
    assertThat(refs).containsExactlyInAnyOrder("categorisation-request", "categorisation-manual");
  }

  @Test
  void theFormsLabels_areRomanianWithCommaBelowLetters_andKeysAndIdsAreUnique() throws Exception {
    for (String id : List.of("categorisation-request", "categorisation-manual")) {
      JsonNode form = form(id);
      List<String> keys = new ArrayList<>();
      List<String> componentIds = new ArrayList<>();
      for (JsonNode component : form.path("components")) {
        componentIds.add(component.path("id").asText());
        if (component.has("key")) {
          keys.add(component.path("key").asText());
          assertThat(component.path("label").asText()).as(id).isNotBlank()
              .doesNotContain(CEDILLA);
        }
        component.path("values").forEach(value -> assertThat(value.path("label").asText())
            .as(id).isNotBlank().doesNotContain(CEDILLA));
      }
      assertThat(keys).as(id).doesNotHaveDuplicates();
      assertThat(componentIds).as(id).doesNotHaveDuplicates().doesNotContain("");
    }
  }

  @Test
  void theStartForm_offersExactlyTheChoicesTheStepsAccept() throws Exception {
    JsonNode form = form("categorisation-request");
    assertThat(values(field(form, "categoryTable"))).containsExactlyElementsOf(
        Arrays.stream(CategoryTable.values()).map(Enum::name).toList());
    assertThat(values(field(form, "institutionType"))).containsExactlyElementsOf(
        Arrays.stream(EducationInstitutionType.values()).map(Enum::name).toList());
    assertThat(values(field(form, "performingArtsKind"))).containsExactlyElementsOf(
        Arrays.stream(PerformingArtsKind.values()).map(Enum::name).toList());
    assertThat(values(field(form, "institutionId"))).containsExactlyElementsOf(
        NamedInstitutions.ALL.stream().map(NamedInstitutions.NamedInstitution::id).toList());
    for (String key : List.of("institutionName", "categoryTable", "pupilsChildrenCount",
        "specialistFunctionsCount")) {
      assertThat(field(form, key).path("validate").path("required").asBoolean()).as(key)
          .isTrue();
    }
    // A negative count is data for a person to look at, not a form error.
    for (String key : List.of("pupilsChildrenCount", "specialistFunctionsCount")) {
      assertThat(field(form, key).path("validate").has("min")).as(key).isFalse();
    }
    for (String key : List.of("newEvaluationCategory", "categoryAsOf2020_09_01")) {
      field(form, key);
    }
  }

  @Test
  void theManualForm_showsTheReason_andRequiresTheCategoryAndItsJustification()
      throws Exception {
    JsonNode form = form("categorisation-manual");
    assertThat(form.path("components").get(0).path("text").asText())
        .contains("{{manualReasonText}}", "{{manualReason}}", "{{institutionName}}");
    for (String key : List.of("manualCategory", "manualJustification")) {
      assertThat(field(form, key).path("validate").path("required").asBoolean()).as(key)
          .isTrue();
    }
  }
}
