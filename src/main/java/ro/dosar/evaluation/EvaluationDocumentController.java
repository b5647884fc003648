package ro.dosar.evaluation;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;

/**
 * An employee's evaluation report for a year: {@code GET
 * /api/evaluation/{user}/{year}/documents[/{docId}]}, for the employee, his evaluator, the
 * Director and HR; anybody else 404.
 */
@RestController
class EvaluationDocumentController {

  private final ContestDocuments documents;
  private final EmployeeRecords employees;
  private final InstitutionScope scope;

  EvaluationDocumentController(ContestDocuments documents, EmployeeRecords employees,
      InstitutionScope scope) {
    this.scope = scope;
    this.documents = documents;
    this.employees = employees;
  }

  @GetMapping("/api/evaluation/{user}/{year}/documents")
  ResponseEntity<?> list(@PathVariable String user, @PathVariable int year) {
    return allowed(user) ? ResponseEntity.ok(documents.ofOwner(owner(user, year))) : notFound();
  }

  @GetMapping("/api/evaluation/{user}/{year}/documents/{docId}")
  ResponseEntity<?> document(@PathVariable String user, @PathVariable int year,
      @PathVariable long docId) {
    List<ContestDocument> own = allowed(user) ? documents.ofOwner(owner(user, year)) : List.of();
    if (own.stream().noneMatch(d -> d.id() == docId)) {
      return notFound();
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .body(documents.content(docId));
  }

  private boolean allowed(String user) {
    // An evaluation belongs to the institution of the evaluated employee (InstitutionScope).
    return scope.allowsUser(user) && CurrentUser.id().map(me -> CurrentUser.inAnyGroup(RoleGroups.RECTOR, RoleGroups.HR,
            Groups.CAMUNDA_ADMIN) || me.equals(user) || employees.find(user)
        .map(record -> record.evaluatorUser().equals(me)).orElse(false)).orElse(false);
  }

  private static String owner(String user, int year) {
    return PerformanceEvaluationProcess.businessKey(user, year);
  }

  private static ResponseEntity<ProblemDetail> notFound() {
    return ro.dosar.web.Problems.response(HttpStatus.NOT_FOUND, "Document inexistent",
        "Raportul nu există sau nu aveți dreptul să îl vedeți.");
  }
}
