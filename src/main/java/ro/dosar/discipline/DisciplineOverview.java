package ro.dosar.discipline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.published.RunningProcedures;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;

/**
 * The disciplinary cases HR's dashboard shows: those still running whose accused employee belongs
 * to the user's institutions, to the officers who may read a case's documents through {@code
 * /api/discipline/cases/{id}/documents} (HR, the Director, the legal adviser, administrators).
 * The title does not name the employee: the dashboard is a list read at a glance.
 */
@Component
class DisciplineOverview implements RunningProcedures {

  private static final Map<String, String> STATUS = Map.of(
      "UNDER_INVESTIGATION", "Cercetare disciplinară prealabilă",
      "SANCTIONED", "Sancțiune aplicată; comunicare și contestare",
      "CLOSED_NO_SANCTION", "Clasată fără sancțiune");

  private final JdbcClient jdbc;
  private final InstitutionScope scope;
  private final DisciplineDocuments documents;

  DisciplineOverview(JdbcClient jdbc, InstitutionScope scope, DisciplineDocuments documents) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.documents = documents;
  }

  record Row(long id, String accusedUser, String status, java.time.LocalDate hardDeadline) {
  }

  @Override
  public List<RunningCase> running(Set<String> institutions) {
    if (!CurrentUser.inAnyGroup(RoleGroups.HR, RoleGroups.RECTOR, RoleGroups.LEGAL,
        Groups.CAMUNDA_ADMIN)) {
      return List.of();
    }
    // Running: the case's process instance has not ended.
    List<Row> rows = jdbc.sql("SELECT c.id, c.accused_user, c.status, c.hard_deadline "
            + "FROM disciplinary_case c WHERE EXISTS (SELECT 1 FROM "
            + "ACT_RU_EXECUTION e WHERE e.PROC_INST_ID_ = c.process_instance_id) ORDER BY c.id")
        .query(Row.class).list();
    String user = CurrentUser.id().orElse("");
    List<RunningCase> running = new ArrayList<>();
    for (Row row : rows) {
      if (!scope.allowsUser(row.accusedUser())) {
        continue;
      }
      String label = STATUS.getOrDefault(row.status(), row.status());
      running.add(new RunningCase("DISCIPLINA", "Cercetare disciplinară",
          DisciplinaryCaseRepository.businessKey(row.id()), "Cercetare disciplinară",
          String.join(", ", scope.ofUser(row.accusedUser())), row.status(), label, label,
          "UNDER_INVESTIGATION".equals(row.status()) && row.hardDeadline() != null
              ? new Deadline("Termenul-limită de aplicare a sancțiunii", row.hardDeadline())
              : null,
          documents.visibleTo(row.id(), user, true).stream()
              .map(d -> new DocumentLink(d.title(),
                  "/api/discipline/cases/" + row.id() + "/documents/" + d.id()))
              .toList()));
    }
    return running;
  }
}
