package ro.dosar.discipline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.documents.ContestDocuments;

/**
 * The documents of a disciplinary case (spec internal-regulation §4.8), generated from the
 * case's own data at the step that produces each, owned by the case's business key: the summons,
 * the closing minute, the hearing record (or the non-appearance / refusal minute), the
 * commission's report, the sanction act.
 */
@Component
public class DisciplineDocuments {

  /** What the accused may read of his own case: his statements and the act addressed to him. */
  static final Set<String> ACCUSED_KINDS = Set.of("citatie", "nota-audiere", "act-sanctionare");

  private final ContestDocuments documents;
  private final DisciplinaryCaseRepository cases;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  public DisciplineDocuments(ContestDocuments documents, DisciplinaryCaseRepository cases,
      IdentityService identity, WorkingDayCalendar calendar) {
    this.documents = documents;
    this.cases = cases;
    this.identity = identity;
    this.calendar = calendar;
  }

  void summons(DelegateExecution execution) {
    Map<String, Object> model = base(execution);
    model.put("hearingDate", day(execution.getVariable("hearingDate")));
    model.put("summonsDate", day(execution.getVariable("summonsDeliveredDate")));
    generate(execution, "citatie", "Citația pentru ședința din " + model.get("hearingDate"),
        model);
  }

  void closingMinute(DelegateExecution execution) {
    generate(execution, "pv-clasare", "Procesul-verbal de clasare", base(execution));
  }

  void hearing(DelegateExecution execution) {
    Map<String, Object> model = base(execution);
    String status = String.valueOf(execution.getVariable("hearingStatus"));
    model.put("heading", switch (status) {
      case "HEARD" -> "NOTĂ DE AUDIERE";
      case "SKIPPED" -> "NOTĂ PRIVIND LIPSA AUDIERII";
      case "ABSENT_OBJECTIVE_REASON" -> "PROCES-VERBAL DE AMÂNARE A AUDIERII";
      default -> "PROCES-VERBAL DE NEPREZENTARE / REFUZ";
    });
    model.put("statusText", switch (status) {
      case "HEARD" -> "Salariatul a fost audiat; declarația sa este consemnată mai jos.";
      case "REFUSED_TO_APPEAR" -> "Salariatul, legal citat, a refuzat să se prezinte.";
      case "REFUSED_TO_SIGN" -> "Salariatul a refuzat să semneze declarația privind faptele "
          + "imputate.";
      case "ABSENT_OBJECTIVE_REASON" -> "Salariatul nu s-a prezentat din motive obiective, "
          + "consemnate mai jos; audierea se reprogramează, cu o nouă citație.";
      default -> "Audierea nu a avut loc: sancțiunea propusă este cea de rang 1 (Art. 37(2)).";
    });
    generate(execution, "nota-audiere", model.get("heading").toString(), model);
  }

  void report(DelegateExecution execution) {
    Map<String, Object> model = base(execution);
    model.put("guilt", Boolean.TRUE.equals(execution.getVariable("guiltEstablished")));
    model.put("grave", Boolean.TRUE.equals(execution.getVariable("isGrave")));
    model.put("proposal", sanctionText(execution, "proposedSanction"));
    generate(execution, "raport-disciplina", "Raportul comisiei de disciplină", model);
  }

  void sanctionAct(DelegateExecution execution) {
    Map<String, Object> model = base(execution);
    model.put("actKind", "CIVIL_SERVANT".equals(execution.getVariable("employeeCategory"))
        ? "DISPOZIȚIA" : "DECIZIA");
    model.put("sanction", sanctionText(execution, "appliedSanction"));
    generate(execution, "act-sanctionare", "Actul de sancționare nr. "
        + execution.getVariable("actNumber"), model);
  }

  private String sanctionText(DelegateExecution execution, String variable) {
    Object code = execution.getVariable(variable);
    if (code == null || "NONE".equals(code)) {
      return "Fără sancțiune.";
    }
    StringBuilder text = new StringBuilder(code.toString());
    for (String[] part : new String[][] {{"sanctionPercent", "%"}, {"sanctionMonths", " luni"},
        {"sanctionDays", " zile"}, {"sanctionYears", " ani"}}) {
      Object value = execution.getVariable(part[0]);
      if (value != null && !value.toString().isBlank()) {
        text.append(", ").append(value).append(part[1]);
      }
    }
    return text.toString();
  }

  private Map<String, Object> base(DelegateExecution execution) {
    long id = DisciplineVariables.caseId(execution);
    Map<String, Object> model = new HashMap<>();
    model.put("v", execution.getVariables());
    model.put("institution", "Comisia de disciplină");
    model.put("caseTitle", "Cazul disciplinar " + DisciplinaryCaseRepository.businessKey(id)
        + " — sesizarea din " + day(execution.getVariable("registrationDate")));
    model.put("day", calendar.today().format(DisplayDates.DAY));
    model.put("members", cases.members(id).stream().map(this::name).toList());
    return model;
  }

  private void generate(DelegateExecution execution, String kind, String title,
      Map<String, Object> model) {
    documents.generateFor(DisciplinaryCaseRepository.businessKey(
        DisciplineVariables.caseId(execution)), kind, title, model);
  }

  private String name(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getFirstName() == null) {
      return userId;
    }
    return (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName()))
        .strip();
  }

  private static String day(Object value) {
    if (value == null || value.toString().isBlank()) {
      return "—";
    }
    return LocalDate.parse(value.toString().substring(0, 10)).format(DisplayDates.DAY);
  }

  /** The documents the user may read: all for the case's people, his own for the accused. */
  List<ro.dosar.documents.ContestDocument> visibleTo(long caseId, String userId,
      boolean caseOfficer) {
    String owner = DisciplinaryCaseRepository.businessKey(caseId);
    List<ro.dosar.documents.ContestDocument> all = documents.ofOwner(owner);
    if (caseOfficer || cases.isMember(caseId, userId)) {
      return all;
    }
    boolean accused = cases.find(caseId).map(c -> c.accusedUser().equals(userId))
        .orElse(false);
    return accused ? all.stream().filter(d -> ACCUSED_KINDS.contains(d.kind())).toList()
        : List.of();
  }

  byte[] content(long documentId) {
    return documents.content(documentId);
  }
}
