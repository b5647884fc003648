package ro.dosar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.ContestValueLabels;
import ro.dosar.support.ProcessContracts;

/**
 * The Romanian labels Cockpit shows for variables ({@code variable-labels.json} beside Cockpit's
 * scripts) have one source each: names from the forms' field labels and the list of process-set
 * variables in {@code scripts/variable-labels}; values from the forms' options and from the labels
 * Java already has for the codes it writes ({@link ContestValueLabels}, exported to
 * {@code scripts/enum-labels.json}). The committed files must be what Java and the script give,
 * so a form or an enum whose label changes without the files fails here.
 */
class CockpitVariableLabelsTest {

  private static final Path LABELS = Path.of("src/main/resources/META-INF/resources/webjars/"
      + "camunda/app/cockpit/scripts/variable-labels.json");
  private static final Path ENUM_LABELS = Path.of("scripts/enum-labels.json");

  private final ObjectMapper json = new ObjectMapper();

  /**
   * Needs Node.js (as `.ci/run`, which also runs the same check on its own); `mvn verify` on a
   * machine with only Java and Maven skips it.
   */
  @Test
  void theCommittedLabelsAreWhatTheScriptWritesFromTheFormsAndJava() throws Exception {
    assumeTrue(nodeIsInstalled(), "Node.js is not installed: the check runs in .ci/run");
    Run check = script("--check");
    assertThat(check.exitCode()).as(check.output()).isZero();
  }

  /**
   * The export the script reads is what Java says. Where it is not, the test writes Java's labels
   * into it (run {@code node scripts/variable-labels} next and commit both files) and fails.
   */
  @Test
  void theExportedJavaLabelsAreTheEnumsLabels() throws IOException {
    Map<String, Map<String, String>> java = ContestValueLabels.byVariable();
    Map<String, Map<String, String>> exported = Files.exists(ENUM_LABELS)
        ? json.readValue(Files.readString(ENUM_LABELS),
            new TypeReference<Map<String, Map<String, String>>>() { })
        : Map.of();
    if (!exported.equals(java)) {
      Files.writeString(ENUM_LABELS, json.enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(java) + "\n");
    }
    assertThat(exported).as(ENUM_LABELS + " (rewritten from Java: run node scripts/variable-labels"
        + " and commit both)").isEqualTo(java);
  }

  @Test
  void everyContestStatusHasARomanianLabel() {
    Map<String, String> status = ContestValueLabels.byVariable().get("contestStatus");
    for (ContestStatus each : ContestStatus.values()) {
      assertThat(status.get(each.name())).as(each.name()).isNotBlank().isNotEqualTo(each.name());
    }
    assertThat(status).containsEntry("SELECTION", "Selecția dosarelor")
        .containsEntry("FILLED", "Post ocupat");
  }

  @Test
  void formFieldsAndProcessVariablesHaveRomanianLabelsWithCommaBelow() throws IOException {
    Map<String, String> labels = names();
    // Set by the process.
    assertThat(labels).containsEntry("contestStatus", "Starea concursului")
        .containsEntry("selectionDueAt", "Termenul selecției dosarelor (ora)")
        .containsEntry("ccMembers", "Membrii comisiei de concurs");
    // Asked by a form (contest-proposal.form).
    assertThat(labels).containsEntry("specificConditions",
        "Condiții specifice (studii, vechime, competențe)");
    assertThat(labels.values()).noneMatch(label -> label.matches("(?s).*[şţŞŢ].*"))
        .noneMatch(String::isBlank);
  }

  /**
   * Every variable a process contract names (the constants of each contract's {@code Variables},
   * for the contracts {@code ro.dosar.ProcessContractTest} holds the models to) has a Romanian
   * name label, so Cockpit never shows HR a raw variable name.
   */
  @Test
  void everyContractVariableHasARomanianLabel() throws Exception {
    Map<String, String> labels = names();
    Set<String> missing = new TreeSet<>();
    for (Class<?> contract : contracts()) {
      for (String variable : variables(contract)) {
        if (labels.get(variable) == null || labels.get(variable).isBlank()) {
          missing.add(variable);
        }
      }
    }
    assertThat(missing).as("contract variables without a label in " + LABELS
        + " (add them to PROCESS_VARIABLES in scripts/variable-labels)").isEmpty();
  }

  /** The contract classes ProcessContractTest checks the models against. */
  private static List<Class<?>> contracts() {
    List<Class<?>> contracts = List.copyOf(ProcessContracts.BY_PROCESS_KEY.values());
    assertThat(contracts).isNotEmpty();
    return contracts;
  }

  /** The values of the public static String constants of the contract's nested Variables. */
  private static Set<String> variables(Class<?> contract) throws IllegalAccessException {
    Set<String> values = new TreeSet<>();
    for (Class<?> nested : contract.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Variables")) {
        for (Field field : nested.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)
              && field.getType() == String.class) {
            values.add((String) field.get(null));
          }
        }
      }
    }
    return values;
  }

  @Test
  void valuesHaveTheFormsOptionsAndJavasLabels() throws IOException {
    Map<String, Map<String, String>> values = values();
    // Java's labels (ContestValueLabels): the status as HR's dashboard names it, the tests.
    assertThat(values.get("contestStatus")).containsEntry("SELECTION", "Selecția dosarelor")
        .containsEntry("SUSPENDED", "Suspendat (§8.5)");
    assertThat(values.get("testType")).containsEntry("WRITTEN", "Proba scrisă");
    assertThat(values.get("contestationType")).containsEntry("SELECTION", "Selecția dosarelor");
    // The forms' options (contest-proposal.form, contest-proposal-approval.form) ...
    assertThat(values.get("postCategory")).containsEntry("EXECUTION", "Funcție de execuție")
        .containsEntry("LEADERSHIP", "Funcție de conducere");
    assertThat(values.get("proposalApproved"))
        .containsEntry("true", "Aprob demararea procedurii de concurs");
    // ... win over Java's words for the same code.
    assertThat(values.get("vacancyType"))
        .containsEntry("VACANT", "Post vacant (perioadă nedeterminată)");
    assertThat(values.values().stream().flatMap(codes -> codes.values().stream()))
        .noneMatch(label -> label.matches("(?s).*[şţŞŢ].*")).noneMatch(String::isBlank);
  }

  @Test
  void theCheckFailsWhenAFormsOptionChangesWithoutTheLabels(@TempDir Path copy)
      throws Exception {
    assumeTrue(nodeIsInstalled(), "Node.js is not installed: the check runs in .ci/run");
    // Every form that offers the category words it the same new way.
    Path forms = copy.resolve("forms");
    int changed = 0;
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      for (Path file : files.toList()) {
        Path target = forms.resolve(Path.of("forms").relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          String form = Files.readString(file);
          if (form.contains("\"Funcție de execuție\"")) {
            changed++;
          }
          Files.writeString(target, form.replace("\"Funcție de execuție\"", "\"Execuție\""));
        }
      }
    }
    assertThat(changed).isPositive();

    Run check = script("--check", "--forms", forms.toString());
    assertThat(check.exitCode()).as(check.output()).isOne();
    assertThat(check.output()).contains("variable-labels.json differs");
  }

  @Test
  void theCheckFailsWhenJavasLabelsChangeWithoutTheLabels(@TempDir Path copy) throws Exception {
    assumeTrue(nodeIsInstalled(), "Node.js is not installed: the check runs in .ci/run");
    Path enums = copy.resolve("enum-labels.json");
    String exported = Files.readString(ENUM_LABELS);
    assertThat(exported).contains("\"Selecția dosarelor\"");
    Files.writeString(enums, exported.replace("\"Selecția dosarelor\"", "\"Selecția\""));

    Run check = script("--check", "--enums", enums.toString());
    assertThat(check.exitCode()).as(check.output()).isOne();
    assertThat(check.output()).contains("variable-labels.json differs");
  }

  private Map<String, String> names() throws IOException {
    return json.convertValue(json.readTree(Files.readString(LABELS)).get("names"),
        new TypeReference<Map<String, String>>() { });
  }

  private Map<String, Map<String, String>> values() throws IOException {
    return json.convertValue(json.readTree(Files.readString(LABELS)).get("values"),
        new TypeReference<Map<String, Map<String, String>>>() { });
  }

  record Run(int exitCode, String output) {
  }

  private static Run script(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("node", "scripts/variable-labels"));
    command.addAll(Arrays.asList(arguments));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(run.exitValue(),
        new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static boolean nodeIsInstalled() {
    try {
      Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
