package ro.dosar.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a Camunda Form lets its task's holder submit, and what it shows him. */
class FormFieldsTest {

  @Test
  void theSelectionFormShowsItsFieldsAndTheNamesItsTextUses_andNothingElse() throws IOException {
    FormFields form = parse("forms/contest/contest-file-selection.form");

    assertThat(form.shown()).contains("fileCode", "selectionDecision", "noConflictDeclared",
        "selectionDeadline").doesNotContain("secretary", "contestStatus", "member");
    assertThat(form.contains("selectionDeadline")).as("shown, not submitted").isFalse();
  }

  @Test
  void feelExpressionsAndOptionListsCountAsShown_theirStringLiteralsDoNot() {
    FormFields form = FormFields.parse(new ByteArrayInputStream("""
        {"components":[
          {"type":"text","text":"Proba {{testLabel}} din {{ testDate }}"},
          {"type":"number","key":"points","hide":"=not(testType = \\"WRITTEN\\")"},
          {"type":"select","key":"decision","valuesKey":"decisionOptions"},
          {"type":"textfield","key":"code","readonly":"=locked and owner != \\"secretary\\""}
        ]}""".getBytes(StandardCharsets.UTF_8)));

    assertThat(form.writable()).containsExactly("points", "decision", "code");
    assertThat(form.shown()).containsExactlyInAnyOrder("points", "decision", "code",
        "testLabel", "testDate", "not", "testType", "decisionOptions", "locked", "and", "owner");
  }

  private static FormFields parse(String path) throws IOException {
    return FormFields.parse(Files.newInputStream(Path.of(path)));
  }
}
