package ro.dosar.paygrade.functioncycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.Criterion;
import ro.dosar.paygrade.EvaluationForm;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;
import ro.dosar.paygrade.EvaluationFormValidation;
import ro.dosar.paygrade.InvalidEvaluationFormException;

/**
 * The function evaluation form as a document (Reg. Annex 2, "Fișa de evaluare a funcției"; spec
 * §3.8): the header block with the codes, the grid of the seven criteria with "x" in the cells
 * that do not apply (INT-14), the approved job description it was drawn up from, and the head's
 * and the preparer's names for their signatures. Template {@code
 * templates/documents/fisa-evaluare-functie.html}.
 *
 * <p>The document holds only the function and its evaluation: not the holder's gender or salary,
 * nor the function's current grade, which do not count in the evaluation (Reg. pt. 26, 35–36).
 */
@Component
public class FunctionEvaluationDocuments {

  /** The kind of the stored document, which is also its template's name. */
  public static final String KIND = "fisa-evaluare-functie";
  /** What Annex 2 prints in a cell that does not apply. */
  static final String NOT_APPLICABLE = "x";

  private final ContestDocuments documents;
  private final EvaluationFormValidation validation;
  private final FunctionCycleRepository cycles;

  public FunctionEvaluationDocuments(ContestDocuments documents,
      EvaluationFormValidation validation, FunctionCycleRepository cycles) {
    this.cycles = Objects.requireNonNull(cycles, "cycles");
    this.documents = Objects.requireNonNull(documents, "documents");
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  /** A row of the grid: its label and one cell per criterion, in the order of the form. */
  public record Row(String label, List<String> cells) {
  }

  /**
   * Renders and stores the form of one function.
   *
   * @param ownerKey the business key the document belongs to, e.g. the evaluation cycle's
   * @return the stored document's id
   * @throws InvalidEvaluationFormException if {@value PaygradeRules#VALIDATE_EVALUATION_FORM}
   *     finds the form incomplete or wrong (a level, an "x" cell, the job description, a
   *     signatory): no document is stored
   */
  public long evaluationForm(String ownerKey, FunctionHeader header, EvaluationForm form) {
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(form, "form");
    List<FormError> errors = validation.validate(form);
    if (!errors.isEmpty()) {
      throw new InvalidEvaluationFormException(("Fișa de evaluare a funcției „%s” nu poate fi "
          + "întocmită: %s").formatted(header.functionName(),
          errors.stream().map(FormError::message).collect(Collectors.joining(" "))), errors);
    }
    return documents.generateFor(ownerKey, KIND,
        "Fișa de evaluare a funcției: " + header.functionName(), model(header, form));
  }

  /**
   * The job that generates a proposed function's form (asked for with
   * {@code DocumentGeneration.later}, off the unit's request): from the function as stored.
   */
  public void storedForm(String ownerKey, long functionId) {
    EvaluatedFunction function = cycles.function(functionId).orElseThrow();
    evaluationForm(ownerKey, cycles.header(functionId), cycles.form(function));
  }

  /** What the template reads: the header, the column labels, the rows, the signatories. */
  static Map<String, Object> model(FunctionHeader header, EvaluationForm form) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", header);
    model.put("functionCode",
        header.functionCode() == null ? NOT_APPLICABLE : header.functionCode());
    model.put("criteria", columnLabels());
    model.put("rows", rows(form));
    Map<String, Object> cells = form.toVariables();
    model.put("jobDescriptionRef", cells.get("jobDescriptionRef"));
    model.put("headSignedBy", cells.get("headSignedBy"));
    model.put("executorSignedBy", cells.get("executorSignedBy"));
    return model;
  }

  /** The criteria as Annex 2 heads its columns: the seventh is only "Efort". */
  static List<String> columnLabels() {
    List<String> labels = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      labels.add(criterion == Criterion.EFF ? "Efort" : criterion.romanian());
    }
    return labels;
  }

  /**
   * The four rows of Annex 2. Depth and scope are filled in for criteria 1–6 and "x" for effort;
   * physical and mental effort the other way round (INT-14).
   */
  static List<Row> rows(EvaluationForm form) {
    Map<String, Object> cells = form.toVariables();
    return List.of(
        row("Dimensiunea „profunzime”", cells, Criterion::depthVariable, false),
        row("Dimensiunea „cuprindere”", cells, Criterion::scopeVariable, false),
        row("Nivelul efortului fizic", cells, Criterion::physicalVariable, true),
        row("Nivelul efortului mental", cells, Criterion::mentalVariable, true));
  }

  private static Row row(String label, Map<String, Object> cells,
      Function<Criterion, String> variable, boolean effortRow) {
    List<String> values = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      boolean applies = (criterion == Criterion.EFF) == effortRow;
      Object value = cells.get(variable.apply(criterion));
      values.add(!applies ? NOT_APPLICABLE : value == null ? "" : value.toString());
    }
    return new Row(label, List.copyOf(values));
  }
}
