package ro.dosar.paygrade.functioncycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.functioncycle.FunctionEvaluationCycleProcess.Variables;
import ro.dosar.tasklist.FormRejection;

/**
 * What the steps of a function evaluation cycle read from its variables and form fields, read in
 * one way: ids, numbers, scores, yes/no, dates and the "nr: text" lines of the Working Group's
 * forms, checked against the cycle's functions.
 */
public final class FunctionCycleVariables {

  private FunctionCycleVariables() {
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static List<EvaluatedFunction> scored(FunctionCycleRepository cycles, long cycleId) {
    return cycles.functions(cycleId).stream()
        .filter(f -> "ACCEPTED".equals(f.status()) && f.total() != null)
        .sorted(Comparator.comparing(EvaluatedFunction::total).reversed()
            .thenComparing(EvaluatedFunction::id))
        .toList();
  }

  static boolean inTenant(IdentityService identity, String user, String tenant) {
    return identity.createUserQuery().userId(user).memberOfTenant(tenant).count() == 1;
  }

  static EvaluatedFunction function(FunctionCycleRepository cycles, Object functionId) {
    return cycles.function(number(functionId)).orElseThrow(() -> new IllegalStateException(
        "No function " + functionId));
  }

  /** "nr: text" per line, for functions of the cycle; {@code all} = every line needs a text. */
  static Map<Long, String> lines(FunctionCycleRepository cycles, Object value, String field, long cycleId, boolean all) {
    Map<Long, String> result = new LinkedHashMap<>();
    if (value == null || value.toString().isBlank()) {
      return result;
    }
    Set<Long> known = cycles.functions(cycleId).stream().map(EvaluatedFunction::id)
        .collect(Collectors.toSet());
    for (String line : value.toString().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(":", 2);
      long id;
      try {
        id = Long.parseLong(parts[0].replace("nr.", "").strip());
      } catch (NumberFormatException e) {
        throw FormRejection.reject(field, "Fiecare rând începe cu numărul funcției: „"
            + line.strip() + "”.");
      }
      FormRejection.require(known.contains(id), field, "Funcția nr. " + id
          + " nu este propusă în acest ciclu.");
      FormRejection.require(parts.length == 2 && !parts[1].isBlank(), field,
          "După numărul funcției " + id + " urmează „:” și " + (all ? "valoarea." : "motivul."));
      result.put(id, parts[1].strip());
    }
    return result;
  }

  static List<Long> ids(Object value, String field, List<Long> allowed) {
    List<Long> ids = new ArrayList<>();
    for (String part : value.toString().split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      long id;
      try {
        id = Long.parseLong(part.strip());
      } catch (NumberFormatException e) {
        throw FormRejection.reject(field, "„" + part + "” nu este numărul unei funcții.");
      }
      FormRejection.require(allowed.contains(id), field, "Funcția nr. " + id
          + " nu este printre cele evaluate în acest ciclu.");
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  static BigDecimal score(DelegateExecution task, String name) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw FormRejection.reject(name, "„" + value + "” nu este un punctaj.");
    }
  }

  static boolean yes(DelegateExecution task, String name) {
    Object value = task.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }

  static Integer integer(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().strip());
  }

  static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  static long number(Object value) {
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
  }

  static long cycleId(DelegateExecution execution) {
    return number(execution.getVariable(Variables.CYCLE_ID));
  }
}
