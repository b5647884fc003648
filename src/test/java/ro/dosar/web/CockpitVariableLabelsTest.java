package ro.dosar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Romanian labels Cockpit shows for variable names ({@code variable-labels.json} beside
 * Cockpit's scripts) have one source: the forms' field labels and the list of process-set
 * variables in {@code scripts/variable-labels}. The committed file must be what the script
 * writes, so a form whose label changes without the file fails here.
 */
class CockpitVariableLabelsTest {

  private static final Path LABELS = Path.of("src/main/resources/META-INF/resources/webjars/"
      + "camunda/app/cockpit/scripts/variable-labels.json");

  /**
   * Needs Node.js (as `.ci/run`, which also runs the same check on its own); `mvn verify` on a
   * machine with only Java and Maven skips it.
   */
  @Test
  void theCommittedLabelsAreWhatTheScriptWritesFromTheForms() throws Exception {
    assumeTrue(nodeIsInstalled(), "Node.js is not installed: the check runs in .ci/run");
    Process check = new ProcessBuilder("node", "scripts/variable-labels", "--check")
        .redirectErrorStream(true).start();
    assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.exitValue()).as(output).isZero();
  }

  private static boolean nodeIsInstalled() {
    try {
      Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void formFieldsAndProcessVariablesHaveRomanianLabelsWithCommaBelow() throws IOException {
    Map<String, String> labels = new ObjectMapper().readValue(Files.readString(LABELS),
        new TypeReference<Map<String, String>>() { });
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
}
