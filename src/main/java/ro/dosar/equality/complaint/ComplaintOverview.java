package ro.dosar.equality.complaint;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.published.RunningProcedures;
import ro.dosar.security.AsSystem;
import ro.dosar.security.CurrentUser;

/**
 * The harassment and discrimination complaints HR's dashboard shows: those still running in the
 * user's institutions, to whom {@code GET /api/equality/complaints/{id}} shows them (the Equality
 * Officer, the Director General, the case's investigators, the group that investigates it) — not
 * to HR. Only the registration number, the stage and the next legal deadline: never the type,
 * the complainant, the persons concerned or the content, and no documents.
 */
@Component
class ComplaintOverview implements RunningProcedures {

  /** A stage and the deadline variable that runs while the case is in it. */
  private record Stage(String label, String deadlineVariable, String deadlineWhat) {
  }

  private static final Map<String, Stage> STAGES = Map.of(
      "RECEIVED", new Stage("Înregistrată; confirmarea primirii", Variables.ACKNOWLEDGEMENT_DUE_AT,
          "Confirmarea primirii către petent"),
      "REGISTERED", new Stage("Înregistrată; confirmarea primirii",
          Variables.ACKNOWLEDGEMENT_DUE_AT,
          "Confirmarea primirii către petent"),
      "ACKNOWLEDGED", new Stage("Primire confirmată; triaj", null, null),
      "UNDER_INVESTIGATION", new Stage("În cercetare", Variables.INVESTIGATION_DUE_AT,
          "Încheierea cercetării"),
      "OUT_OF_SCOPE", new Stage("În afara competenței; informarea petentului", null, null),
      "CONCLUDED", new Stage("Cercetare încheiată; informarea petentului", null, null),
      "DISCIPLINARY_REFERRAL", new Stage("Sesizată comisiei de disciplină", null, null));

  private final ComplaintRepository cases;
  private final ComplaintService service;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ZoneId zone;

  ComplaintOverview(ComplaintRepository cases, ComplaintService service, RuntimeService runtime,
      IdentityService identity, WorkingDayCalendar calendar) {
    this.cases = cases;
    this.service = service;
    this.runtime = runtime;
    this.identity = identity;
    this.zone = calendar.zone();
  }

  @Override
  public List<RunningCase> running(Set<String> institutions) {
    String user = CurrentUser.id().orElse(null);
    Set<String> groups = CurrentUser.groups();
    List<RunningCase> running = new ArrayList<>();
    for (ComplaintCase complaint : cases.all()) {
      if (complaint.processInstanceId() == null
          || !institutions.contains(complaint.institutionCode())
          || !service.maySee(complaint, user, groups)
          || AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
              .processInstanceId(complaint.processInstanceId()).count()) == 0) {
        continue;
      }
      Stage stage = STAGES.getOrDefault(complaint.status(),
          new Stage("În curs de soluționare", null, null));
      running.add(new RunningCase("PLANGERE", "Plângere (egalitate de șanse)",
          complaint.reference(), "Plângere privind egalitatea de șanse",
          complaint.institutionCode(), complaint.status(), stage.label(), stage.label(),
          deadline(complaint, stage), List.of()));
    }
    return running;
  }

  /** The deadline of the stage, a day: its variable holds the start of the following day. */
  private Deadline deadline(ComplaintCase complaint, Stage stage) {
    if (stage.deadlineVariable() == null) {
      return null;
    }
    Object due = AsSystem.call(identity, () -> runtime.getVariable(complaint.processInstanceId(),
        stage.deadlineVariable()));
    if (!(due instanceof Date date)) {
      return null;
    }
    LocalDate day = date.toInstant().minusMillis(1).atZone(zone).toLocalDate();
    return new Deadline(stage.deadlineWhat(), day);
  }
}
