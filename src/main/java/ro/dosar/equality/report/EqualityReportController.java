package ro.dosar.equality.report;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.Problems;

/**
 * {@code GET /api/equality/report?year=2026[&institution=UVT]}: the monitoring report of a year
 * as JSON (spec §8.3), for the Equality Officer, the Director General ({@code rector}) and HR;
 * anybody else gets 403. Complaints appear as counts only.
 */
@RestController
class EqualityReportController {

  /** The groups that read the report. */
  static final String[] READERS = {RoleGroups.EQUALITY_OFFICER, RoleGroups.RECTOR,
      RoleGroups.HR, Groups.CAMUNDA_ADMIN};

  private final EqualityReportService reports;
  private final ReportRequests requests;

  EqualityReportController(EqualityReportService reports, ReportRequests requests) {
    this.reports = reports;
    this.requests = requests;
  }

  @GetMapping("/api/equality/report")
  ResponseEntity<?> report(@RequestParam(required = false) String year,
      @RequestParam(required = false) String institution) {
    if (!CurrentUser.inAnyGroup(READERS)) {
      return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis", "Raportul de "
          + "monitorizare a egalității de gen îl văd responsabilul cu egalitatea de șanse, "
          + "conducătorul instituției și resursele umane.");
    }
    int reportYear = requests.year("year", year);
    String code = requests.institution("institution", institution);
    return ResponseEntity.ok(reports.compute(code, reportYear));
  }
}
