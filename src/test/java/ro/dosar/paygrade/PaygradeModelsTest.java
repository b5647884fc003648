package ro.dosar.paygrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The house rules of a decision model, checked on every file of {@code dmn/paygrade/}: DMN 1.3,
 * a history time to live (without it the deployment fails), a description citing the source, an
 * annotated rule each, a shape each for Camunda Modeler, English camelCase ids and Romanian
 * labels with comma-below letters.
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
}
