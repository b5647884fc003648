package ro.dosar.equality.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.equality.report.TrainingRegister.TrainingSession;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.Problems;
import ro.dosar.web.RequestFields;

/**
 * The training register (spec §6.5), for HR (and the Equality Officer):
 * <ul>
 *   <li>{@code POST /api/equality/trainings} {@code {type, title, heldOn, format, trainerType,
 *       institution?}} records a session;</li>
 *   <li>{@code POST /api/equality/trainings/{id}/attendees} {@code {userIds: [...]}} records who
 *       attended (employees of the HR master record);</li>
 *   <li>{@code GET /api/equality/trainings?year=2026[&institution=UVT]} lists the year's
 *       sessions with their attendance (also for the Director General).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/equality/trainings")
class TrainingController {

  static final Map<String, String> TYPES = Map.of(
      "GENERAL_EQUALITY", "formare generală privind egalitatea de șanse",
      "SPECIALISED_WORKSHOP", "atelier specializat",
      "ANTI_HARASSMENT", "sesiune de prevenire a hărțuirii",
      "LEADERSHIP_WORKSHOP", "atelier de leadership",
      "PROFESSIONAL_DEVELOPMENT", "formare profesională",
      "EQUALITY_EXPERT_COURSE", "curs de expert în egalitate de șanse");
  static final List<String> FORMATS = List.of("ONLINE", "IN_PERSON");
  static final List<String> TRAINERS = List.of("ANES", "LOCAL_TRAINER", "OTHER");
  private static final String[] RECORDERS = {RoleGroups.HR, RoleGroups.EQUALITY_OFFICER,
      Groups.CAMUNDA_ADMIN};
  private static final String[] READERS = {RoleGroups.HR, RoleGroups.EQUALITY_OFFICER,
      RoleGroups.RECTOR, Groups.CAMUNDA_ADMIN};

  private final TrainingRegister register;
  private final ReportRequests requests;
  private final WorkingDayCalendar calendar;
  private final InstitutionScope scope;

  TrainingController(TrainingRegister register, ReportRequests requests,
      WorkingDayCalendar calendar, InstitutionScope scope) {
    this.scope = scope;
    this.register = register;
    this.requests = requests;
    this.calendar = calendar;
  }

  @PostMapping
  @Transactional
  ResponseEntity<?> record(@RequestBody(required = false) Map<String, Object> body) {
    if (!CurrentUser.inAnyGroup(RECORDERS)) {
      return forbidden();
    }
    Map<String, Object> request = body == null ? Map.of() : body;
    String type = choice(request, "type", TYPES.keySet().stream().sorted().toList());
    String title = RequestFields.required("title", text(request.get("title")));
    if (title.length() > 300) {
      throw new InvalidRequestException("title",
          "Titlul sesiunii are cel mult 300 de caractere.");
    }
    LocalDate heldOn = RequestFields.isoDate("heldOn", text(request.get("heldOn")));
    if (heldOn.isAfter(calendar.today())) {
      throw new InvalidRequestException("heldOn", ("Sesiunea din %s nu a avut loc încă; "
          + "se înregistrează după ce s-a ținut.").formatted(heldOn));
    }
    String format = choice(request, "format", FORMATS);
    String trainer = choice(request, "trainerType", TRAINERS);
    String institution = requests.institution("institution", request.get("institution"));
    long id = register.record(institution, type, title, heldOn, format, trainer,
        CurrentUser.id().orElseThrow());
    return ResponseEntity.status(HttpStatus.CREATED).body(register.find(id).orElseThrow());
  }

  @PostMapping("/{id}/attendees")
  @Transactional
  ResponseEntity<?> attendees(@PathVariable long id,
      @RequestBody(required = false) Map<String, Object> body) {
    if (!CurrentUser.inAnyGroup(RECORDERS)) {
      return forbidden();
    }
    Optional<TrainingSession> session = register.find(id)
        .filter(s -> scope.allows(s.institutionCode()));
    if (session.isEmpty()) {
      return Problems.response(HttpStatus.NOT_FOUND, "Sesiune inexistentă",
          "Sesiunea de formare " + id + " nu există.");
    }
    Object value = body == null ? null : body.get("userIds");
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new InvalidRequestException("userIds",
          "Indicați participanții („userIds”): lista utilizatorilor care au participat.");
    }
    Set<String> userIds = new LinkedHashSet<>();
    for (Object item : list) {
      String userId = text(item).strip();
      if (userId.isEmpty()) {
        throw new InvalidRequestException("userIds", "Lista participanților conține un "
            + "utilizator necompletat.");
      }
      userIds.add(userId);
    }
    List<String> unknown = register.unknownStaff(new ArrayList<>(userIds));
    if (!unknown.isEmpty()) {
      throw new InvalidRequestException("userIds", "Nu au fișă de personal în Dosar: "
          + String.join(", ", unknown) + ". Participanții sunt angajați ai instituției.");
    }
    List<String> elsewhere = userIds.stream()
        .filter(user -> !scope.ofUser(user).contains(session.get().institutionCode())).toList();
    if (!elsewhere.isEmpty()) {
      throw new InvalidRequestException("userIds", "Nu sunt angajați ai instituției "
          + session.get().institutionCode() + ": " + String.join(", ", elsewhere) + ".");
    }
    int added = register.addAttendees(id, userIds);
    return ResponseEntity.ok(Map.of("added", added, "session", register.find(id).orElseThrow()));
  }

  @GetMapping
  ResponseEntity<?> list(@RequestParam(required = false) String year,
      @RequestParam(required = false) String institution) {
    if (!CurrentUser.inAnyGroup(READERS)) {
      return forbidden();
    }
    int reportYear = requests.year("year", year);
    return ResponseEntity.ok(register.ofYear(requests.institution("institution", institution),
        reportYear));
  }

  private static String choice(Map<String, Object> request, String field, List<String> allowed) {
    String value = RequestFields.required(field, text(request.get(field)));
    if (!allowed.contains(value)) {
      throw new InvalidRequestException(field, "Valoarea „%s” nu este acceptată pentru „%s”; "
          .formatted(value, field) + "valori acceptate: " + String.join(", ", allowed) + ".");
    }
    return value;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static ResponseEntity<?> forbidden() {
    return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis", "Registrul de formare al "
        + "planului pentru egalitate de gen îl țin resursele umane și responsabilul cu "
        + "egalitatea de șanse.");
  }
}
