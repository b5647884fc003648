package ro.dosar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import ro.dosar.support.ProcessContracts;

/**
 * Holds every model in {@code bpmn/} and the forms it references to its process's contract class:
 * every variable a model's expressions, conditions, input/output and call-activity mappings,
 * multi-instance loops and decision results use, and every key of its forms, is a constant of the
 * contract's {@code Variables}; every message is one of its {@code Messages}; every element id
 * constant names an element of the model, and every user task, business rule task, call activity,
 * subprocess and message/timer event has one.
 */
class ProcessContractTest {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private static final Map<String, Class<?>> CONTRACTS = ProcessContracts.BY_PROCESS_KEY;

  private static final Set<String> ELEMENT_KINDS =
      Set.of("userTask", "businessRuleTask", "callActivity", "subProcess", "receiveTask");
  private static final Set<String> EVENT_DEFINITIONS = Set.of("messageEventDefinition",
      "timerEventDefinition", "signalEventDefinition", "conditionalEventDefinition");
  /** Names in expressions that are not process variables. */
  private static final Set<String> NOT_VARIABLES = Set.of("true", "false", "null", "empty", "not",
      "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution",
      "task");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern CALL = Pattern.compile("\\s*\\(|\\.\\w+\\s*\\(");

  /** What the models use, by process key. */
  private static final Map<String, Model> MODELS = new TreeMap<>();

  @BeforeAll
  static void readModels() throws Exception {
    Map<String, Path> forms = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      files.filter(f -> f.toString().endsWith(".form")).forEach(f -> forms.put(
          f.getFileName().toString().replaceFirst("\\.form$", ""), f));
    }
    List<Path> bpmns;
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      bpmns = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    List<Element> processes = new ArrayList<>();
    for (Path file : bpmns) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(file.toFile());
      Element process = (Element) document.getElementsByTagNameNS(BPMN_NS, "process").item(0);
      Model model = new Model(process.getAttribute("id"), file);
      NodeList messages = document.getElementsByTagNameNS(BPMN_NS, "message");
      for (int i = 0; i < messages.getLength(); i++) {
        model.messages.add(((Element) messages.item(i)).getAttribute("name"));
      }
      MODELS.put(model.key, model);
      processes.add(process);
    }
    for (Element process : processes) {
      read(process, MODELS.get(process.getAttribute("id")), forms);
    }
  }

  @Test
  void everyModelHasAContractNamedAfterItsProcess() {
    assertThat(MODELS).hasSize(19);
    for (Model model : MODELS.values()) {
      assertThat(CONTRACTS).as("contract of %s (%s)", model.key, model.file)
          .containsKey(model.key);
      Class<?> contract = CONTRACTS.get(model.key);
      String expected = Character.toUpperCase(model.key.charAt(0)) + model.key.substring(1)
          + "Process";
      assertThat(contract.getSimpleName()).as("contract of %s", model.key).isEqualTo(expected);
    }
  }

  @Test
  void everyVariableOfTheModelsAndTheirFormsIsInTheContract() {
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (Model model : MODELS.values()) {
      Set<String> declared = constants(CONTRACTS.get(model.key), "Variables");
      for (Map.Entry<String, String> used : model.variables.entrySet()) {
        if (!declared.contains(used.getKey())) {
          missing.computeIfAbsent(model.key + " (" + model.file + ")", k -> new TreeSet<>())
              .add(used.getKey() + " [" + used.getValue() + "]");
        }
      }
    }
    assertThat(missing).as("variables and form keys missing from the contracts' Variables")
        .isEmpty();
  }

  @Test
  void everyMessageOfTheModelsIsInTheContractAndNoOther() {
    for (Model model : MODELS.values()) {
      assertThat(constants(CONTRACTS.get(model.key), "Messages"))
          .as("Messages of %s against %s", CONTRACTS.get(model.key).getSimpleName(), model.file)
          .containsExactlyInAnyOrderElementsOf(model.messages);
    }
  }

  @Test
  void everyElementIdConstantNamesAnElementOfTheModel() {
    Map<String, Set<String>> unknown = new LinkedHashMap<>();
    for (Model model : MODELS.values()) {
      for (String id : constants(CONTRACTS.get(model.key), "Elements")) {
        if (!model.allIds.contains(id)) {
          unknown.computeIfAbsent(model.key + " (" + model.file + ")", k -> new TreeSet<>())
              .add(id);
        }
      }
    }
    assertThat(unknown).as("element id constants with no element in the model").isEmpty();
  }

  @Test
  void everyTaskAndWaitingEventOfTheModelsHasAnElementConstant() {
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (Model model : MODELS.values()) {
      Set<String> declared = constants(CONTRACTS.get(model.key), "Elements");
      for (String id : model.referencedIds) {
        if (!declared.contains(id)) {
          missing.computeIfAbsent(model.key + " (" + model.file + ")", k -> new TreeSet<>())
              .add(id);
        }
      }
    }
    assertThat(missing).as("user tasks, business rule tasks, call activities, subprocesses and"
        + " message/timer events without a constant in the contracts' Elements").isEmpty();
  }

  /**
   * Literal names that stay, by file: they name nothing of a model, so no contract has them.
   */
  private static final Map<String, Set<String>> LITERALS_ALLOWED = Map.of(
      // The generic form check, tried on a bare task of no process.
      "src/test/java/ro/dosar/tasklist/FormCheckTest.java", Set.of("reason"),
      // The probes' model, deployed by the probes themselves; it is not in bpmn/.
      "src/test/java/ro/dosar/bench/ProbeTasks.java", Set.of("tasklistProbe"),
      // Variables an attacker tries to write or read: on purpose in no contract.
      "src/test/java/ro/dosar/security/EngineRestAttacks.java", Set.of("x", "hiddenNote"),
      "src/test/java/ro/dosar/security/VariableGuessingTest.java", Set.of("hiddenNote"));

  /**
   * Code and tests name everything through the contracts: no literal variable name in a
   * variable call or a variable query, no literal process key, element id or message name in a
   * query, a correlation or a process assertion, in any package (but the few
   * {@link #LITERALS_ALLOWED}).
   */
  @Test
  void theCodeNamesVariablesElementsAndMessagesThroughTheContracts() throws IOException {
    String argument = "(?:[^,\"()]|\\([^\"()]*\\))+";
    Pattern literal = Pattern.compile(
        "(?:get|set|create|remove)Variable(?:Local|Typed)?\\(\\s*\"[^\"]+\""
        + "|getVariable(?:Local|Typed)?\\(\\s*" + argument + ",\\s*\"[^\"]+\"\\s*\\)"
        + "|setVariable(?:Local)?\\(\\s*" + argument + ",\\s*\"[^\"]+\"\\s*,"
        + "|(?:taskDefinitionKey|activityId|createMessageCorrelation|correlateMessage"
        + "|startProcessInstanceByKey|createProcessInstanceByKey|processDefinitionKey"
        + "|variableName|variableValueEquals)"
        + "\\(\\s*\"[^\"]+\""
        + "|(?:isWaitingAt|hasPassed|hasNotPassed)\\([^()]*\"[^\"]+\"");
    Pattern name = Pattern.compile("\"([^\"]+)\"[^\"]*$");
    Map<String, List<String>> found = new TreeMap<>();
    for (String root : List.of("src/main/java/ro/dosar", "src/test/java/ro/dosar")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String path = file.toString().replace('\\', '/');
          Set<String> allowed = LITERALS_ALLOWED.getOrDefault(path, Set.of());
          Matcher matcher = literal.matcher(Files.readString(file));
          while (matcher.find()) {
            Matcher named = name.matcher(matcher.group());
            if (!named.find() || !allowed.contains(named.group(1))) {
              found.computeIfAbsent(path, k -> new ArrayList<>()).add(matcher.group());
            }
          }
        }
      }
    }
    assertThat(found).as("literal names where the contract's constants belong").isEmpty();
  }

  /** Walks a process (with its subprocesses) and collects what it uses. */
  private static void read(Element process, Model model, Map<String, Path> forms)
      throws IOException {
    NodeList all = process.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String kind = element.getLocalName();
      String where = element.hasAttribute("id") ? element.getAttribute("id") : kind;
      if (element.hasAttribute("id")) {
        model.allIds.add(element.getAttribute("id"));
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Node attribute = attributes.item(a);
        String name = attribute.getLocalName();
        if (!"delegateExpression".equals(name) && !"class".equals(name)) {
          model.useExpression(attribute.getNodeValue(), where + "@" + name);
        }
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.TEXT_NODE
            || child.getNodeType() == Node.CDATA_SECTION_NODE) {
          model.useExpression(child.getNodeValue(), where);
        }
      }
      for (String mapping : List.of("elementVariable", "resultVariable")) {
        if (element.hasAttributeNS(CAMUNDA_NS, mapping)) {
          model.use(element.getAttributeNS(CAMUNDA_NS, mapping), where + "@" + mapping);
        }
      }
      if (CAMUNDA_NS.equals(element.getNamespaceURI())
          && ("inputParameter".equals(kind) || "outputParameter".equals(kind))) {
        model.use(element.getAttribute("name"), kind);
      }
      if (element.hasAttributeNS(CAMUNDA_NS, "formRef")) {
        String formId = element.getAttributeNS(CAMUNDA_NS, "formRef");
        Path form = forms.get(formId);
        assertThat(form).as("form %s referenced by %s in %s", formId, where, model.file)
            .isNotNull();
        collectKeys(new ObjectMapper().readTree(form.toFile()), model, "form " + formId);
      }
      if ("callActivity".equals(kind) && BPMN_NS.equals(element.getNamespaceURI())) {
        readCallMappings(element, model);
      }
      if (BPMN_NS.equals(element.getNamespaceURI()) && element.hasAttribute("id")
          && (ELEMENT_KINDS.contains(kind) || isWaitingEvent(element))) {
        model.referencedIds.add(element.getAttribute("id"));
      }
    }
  }

  /**
   * A call activity's {@code camunda:in} source and {@code camunda:out} target are variables of
   * the caller; {@code camunda:in} target and {@code camunda:out} source are the callee's.
   */
  private static void readCallMappings(Element call, Model caller) {
    Model callee = MODELS.getOrDefault(call.getAttribute("calledElement"), caller);
    String where = "call " + call.getAttribute("id");
    NodeList mappings = call.getElementsByTagNameNS(CAMUNDA_NS, "*");
    for (int i = 0; i < mappings.getLength(); i++) {
      Element mapping = (Element) mappings.item(i);
      if (!mapping.hasAttribute("source") || !mapping.hasAttribute("target")) {
        continue;
      }
      boolean in = "in".equals(mapping.getLocalName());
      boolean out = "out".equals(mapping.getLocalName());
      if (in || out) {
        (in ? caller : callee).use(mapping.getAttribute("source"), where + " source");
        (in ? callee : caller).use(mapping.getAttribute("target"), where + " target");
      }
    }
  }

  private static boolean isWaitingEvent(Element element) {
    if (!element.getLocalName().endsWith("Event")) {
      return false;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element definition
          && EVENT_DEFINITIONS.contains(definition.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  private static void collectKeys(JsonNode node, Model model, String where) {
    if (node.isObject() && node.path("key").isTextual()) {
      model.use(node.get("key").asText(), where);
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collectKeys(child, model, where));
    }
  }

  /** The values of the public static String constants of the contract's nested class. */
  private static Set<String> constants(Class<?> contract, String group) {
    Set<String> values = new TreeSet<>();
    for (Class<?> nested : contract.getDeclaredClasses()) {
      if (!nested.getSimpleName().equals(group)) {
        continue;
      }
      for (Field field : nested.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)
            && field.getType() == String.class) {
          try {
            values.add((String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return values;
  }

  /** What one model uses: variable names (with where), messages, element ids. */
  private static final class Model {
    final String key;
    final Path file;
    final Map<String, String> variables = new TreeMap<>();
    final Set<String> messages = new TreeSet<>();
    final Set<String> allIds = new TreeSet<>();
    final Set<String> referencedIds = new TreeSet<>();

    Model(String key, Path file) {
      this.key = key;
      this.file = file;
    }

    void use(String variable, String where) {
      variables.putIfAbsent(variable, where);
    }

    void useExpression(String text, String where) {
      Matcher expression = EXPRESSION.matcher(text);
      while (expression.find()) {
        String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("");
        Matcher name = NAME.matcher(body);
        while (name.find()) {
          String rest = body.substring(name.end());
          if (!NOT_VARIABLES.contains(name.group(1)) && !CALL.matcher(rest).lookingAt()) {
            use(name.group(1), where);
          }
        }
      }
    }
  }
}
