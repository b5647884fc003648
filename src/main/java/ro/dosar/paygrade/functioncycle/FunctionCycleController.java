package ro.dosar.paygrade.functioncycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.documents.DocumentGeneration;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.paygrade.EvaluationForm;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;
import ro.dosar.paygrade.EvaluationFormValidation;
import ro.dosar.paygrade.PaygradeController;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.Cycle;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.EvaluatedFunction;
import ro.dosar.paygrade.functioncycle.FunctionCycleRepository.Proposal;
import ro.dosar.security.AsSystem;
import ro.dosar.security.CurrentUser;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.Problems;
import ro.dosar.web.RequestFields;

/**
 * The budgetary units' proposals to a function evaluation cycle (Reg. pt. 8–9), and the cycle's
 * state, for the users of the cycle's institution only: anybody else gets 404, as if the cycle
 * did not exist.
 *
 * <pre>
 * POST /api/paygrade/cycles/{id}/proposals
 * {"unitCode":"UB-01","unitName":"…","authorityCode":"…","authorityName":"…",
 *  "functions":[{"occupationalGroupCode":"…","occupationalGroup":"…","functionCode":"…",
 *    "functionName":"…","currentGrade":7,
 *    "form":{"eduDepth":"5","eduScope":"M", … ,"effPhysical":"1","effMental":"S",
 *            "jobDescriptionRef":"…","headSignedBy":"…","executorSignedBy":"…"}}]}
 * → 201 {"cycle":"EVALUARE-FUNCTII-1","functionIds":[1,2]}
 * → 400 with "functions":[{"index":0,"functionName":"…","errors":[…]}] when a form breaks a rule
 *   of §3.8: the proposal is returned whole, with the reasons, and nothing is kept
 * → 409 when the cycle no longer receives proposals
 * </pre>
 */
@RestController
@RequestMapping("/api/paygrade/cycles")
public class FunctionCycleController {

  private final FunctionCycleRepository cycles;
  private final EvaluationFormValidation validation;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final DocumentGeneration generation;
  private final InstitutionScope scope;

  public FunctionCycleController(FunctionCycleRepository cycles,
      EvaluationFormValidation validation, RuntimeService runtime, IdentityService identity,
      DocumentGeneration generation, InstitutionScope scope) {
    this.scope = scope;
    this.cycles = cycles;
    this.validation = validation;
    this.runtime = runtime;
    this.identity = identity;
    this.generation = generation;
  }

  /** What a unit sends for one function. */
  public record FunctionProposal(String occupationalGroupCode, String occupationalGroup,
      String functionCode, String functionName, Integer currentGrade, Map<String, String> form) {
  }

  /** A unit's proposal. */
  public record ProposalRequest(String unitCode, String unitName, String authorityCode,
      String authorityName, List<FunctionProposal> functions) {
  }

  @PostMapping("/{id}/proposals")
  @Transactional
  public ResponseEntity<?> propose(@PathVariable long id, @RequestBody ProposalRequest request) {
    Cycle cycle = visible(id);
    if (cycle == null) {
      return notFound();
    }
    if (!receivingProposals(cycle)) {
      return Problems.response(HttpStatus.CONFLICT, "Propuneri închise",
          "Ciclul " + cycle.businessKey() + " nu mai primește propuneri: termenul de depunere ("
              + cycle.proposalDeadline().format(DisplayDates.DAY) + ") a trecut.");
    }
    // The limits are those of the evaluated_function columns (V15).
    String unitCode = required(request.unitCode(), "unitCode", "Codul unității bugetare", 32);
    String unitName = required(request.unitName(), "unitName",
        "Denumirea unității bugetare", 300);
    String authorityCode = RequestFields.optional("authorityCode", request.authorityCode(), 32);
    String authorityName = required(request.authorityName(), "authorityName",
        "Denumirea autorității", 300);
    if (request.functions() == null || request.functions().isEmpty()) {
      throw new InvalidRequestException("functions",
          "Propunerea cuprinde cel puțin o funcție, cu fișa ei de evaluare (pct. 9).");
    }
    List<Proposal> proposals = new ArrayList<>();
    List<Map<String, Object>> refused = new ArrayList<>();
    for (int i = 0; i < request.functions().size(); i++) {
      FunctionProposal function = request.functions().get(i);
      String at = "functions[" + i + "].";
      if (function == null) {
        throw new InvalidRequestException("functions[" + i + "]",
            "Fiecare funcție a propunerii este un obiect cu denumirea și fișa ei de evaluare.");
      }
      String name = required(function.functionName(), at + "functionName",
          "Denumirea funcției", 300);
      String group = required(function.occupationalGroup(), at + "occupationalGroup",
          "Grupul ocupațional", 300);
      String groupCode = RequestFields.optional(at + "occupationalGroupCode",
          function.occupationalGroupCode(), 32);
      String functionCode = RequestFields.optional(at + "functionCode", function.functionCode(),
          32);
      if (function.currentGrade() != null
          && (function.currentGrade() < 1 || function.currentGrade() > 30)) {
        throw new InvalidRequestException("functions[" + i + "].currentGrade",
            "Gradul de salarizare actual este un număr de la 1 la 30.");
      }
      EvaluationForm form = PaygradeController.evaluationForm(
          function.form() == null ? Map.of() : function.form());
      List<FormError> errors = validation.validate(form);
      if (!errors.isEmpty()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("index", i);
        item.put("functionName", name);
        item.put("errors", errors);
        refused.add(item);
      }
      proposals.add(new Proposal(unitCode, unitName, authorityCode, authorityName,
          groupCode, group, functionCode, name, form, function.currentGrade()));
    }
    if (!refused.isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          refused.size() + " din " + proposals.size() + " fișe de evaluare nu respectă regulile "
              + "anexei nr. 2; propunerea se restituie cu motivele, nimic nu a fost înregistrat.");
      problem.setTitle("Propunere restituită");
      problem.setProperty("functions", refused);
      return ResponseEntity.badRequest().body(problem);
    }
    List<Long> ids = new ArrayList<>();
    for (Proposal proposal : proposals) {
      long functionId = cycles.insertFunction(id, proposal);
      ids.add(functionId);
      generation.later(cycle.businessKey(), "functionEvaluationDocuments", "storedForm",
          cycle.businessKey(), functionId);
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("cycle", cycle.businessKey(), "functionIds", ids));
  }

  /** The cycle and its functions (never the current grade: Reg. pt. 36). */
  @GetMapping("/{id}")
  public ResponseEntity<?> cycle(@PathVariable long id) {
    Cycle cycle = visible(id);
    if (cycle == null) {
      return notFound();
    }
    List<Map<String, Object>> functions = new ArrayList<>();
    for (EvaluatedFunction f : cycles.functions(id)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", f.id());
      item.put("unitName", f.unitName());
      item.put("occupationalGroup", f.occupationalGroup());
      item.put("functionName", f.functionName());
      item.put("status", f.status());
      item.put("rejectionReason", f.rejectionReason());
      item.put("total", f.total());
      item.put("grade", f.grade());
      item.put("salaryClass", f.salaryClass());
      functions.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cycle", cycle.businessKey());
    body.put("title", cycle.title());
    body.put("status", cycle.status());
    body.put("proposalDeadline", cycle.proposalDeadline().toString());
    body.put("evaluationMethod", cycle.evaluationMethod());
    body.put("thresholds", cycle.thresholds());
    body.put("functions", functions);
    return ResponseEntity.ok(body);
  }

  /**
   * Whether the cycle waits for its proposal deadline. Asked as the system: a budgetary unit's
   * user has no right to read the cycle's instance, only to send it proposals.
   */
  private boolean receivingProposals(Cycle cycle) {
    return AsSystem.call(identity, () -> runtime.createExecutionQuery()
        .processInstanceId(cycle.processInstanceId())
        .activityId(FunctionEvaluationCycleProcess.Elements.PROPOSAL_DEADLINE_REACHED).count()) > 0;
  }

  /** The cycle, if the caller is a user of its institution (tenant). */
  private Cycle visible(long id) {
    String user = CurrentUser.id().orElse(null);
    Cycle cycle = cycles.cycle(id).orElse(null);
    if (cycle == null || user == null || !scope.allowsTenant(cycle.tenantId())) {
      return null;
    }
    return cycle;
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return Problems.response(HttpStatus.NOT_FOUND, "Ciclu inexistent",
        "Ciclul de evaluare nu există sau nu aparține instituției dumneavoastră.");
  }

  private static String required(String value, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field, "Câmpul „" + label + "” este obligatoriu.");
    }
    return RequestFields.text(field, value.strip(), max);
  }
}
