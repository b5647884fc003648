package ro.dosar.equality.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffRepository;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.equality.complaint.ComplaintRepository.ComplaintCase;
import ro.dosar.equality.complaint.ComplaintRepository.Content;
import ro.dosar.equality.complaint.HarassmentComplaintProcess.Variables;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.AsSystem;
import ro.dosar.security.RoleGroups;

/**
 * Registers complaints from every channel, starts their process, answers the complainant's
 * follow-up by token, opens linked retaliation cases and assigns investigators. The callers
 * ({@link ComplaintController}, {@link PublicComplaintController}) have already decided that
 * the user may do it; the engine is then used without the user's authorizations, because
 * nobody but the Equality Officer and the Director General holds rights on the process.
 */
@Service
public class ComplaintService {

  /** A registered complaint: its reference and the follow-up token, shown only this once. */
  public record Registered(long id, String reference, String followUpToken) {
  }

  /** A complaint as received. */
  public record Intake(ComplaintType type, Channel channel, boolean anonymous,
      String description, String complainantName, String complainantContact,
      String personsConcerned, LocalDateTime receivedAt, String registeredBy,
      String institutionCode) {
  }

  /** What the complainant may learn with the token. */
  public record FollowUp(String reference, String status, LocalDateTime receivedAt,
      LocalDateTime acknowledgedAt, LocalDateTime closedAt, String outcome,
      String communication) {
  }

  /** The whole case, for those who may see it. */
  public record CaseView(ComplaintCase complaint, Content content,
      ComplaintRepository.Triage triage, List<String> investigators,
      List<ComplaintRepository.Note> notes, List<String> linkedCases) {
  }

  /** Thrown while the deadlines are unset: the REST API answers 503. */
  public static class NotConfiguredException extends RuntimeException {
    NotConfiguredException(String message) {
      super(message);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ComplaintRepository cases;
  private final ComplaintSettings settings;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final InstitutionRepository institutions;
  private final WorkingDayCalendar calendar;
  private final InstitutionScope scope;
  private final StaffRepository staff;

  ComplaintService(ComplaintRepository cases, ComplaintSettings settings, RuntimeService runtime,
      TaskService tasks, IdentityService identity, AuthorizationService authorizations,
      InstitutionRepository institutions, WorkingDayCalendar calendar, InstitutionScope scope,
      StaffRepository staff) {
    this.scope = scope;
    this.staff = staff;
    this.cases = cases;
    this.settings = settings;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.authorizations = authorizations;
    this.institutions = institutions;
    this.calendar = calendar;
  }

  /** Registers a complaint and starts its process. */
  @Transactional
  public Registered register(Intake intake) {
    refuseUnlessConfigured();
    if (intake.type() == null || intake.type() == ComplaintType.RETALIATION) {
      throw new InvalidInputException("type", "Alegeți tipul plângerii: SEXUAL_HARASSMENT, "
          + "MORAL_HARASSMENT, GENDER_DISCRIMINATION, OTHER_DISCRIMINATION sau "
          + "GENDER_BASED_VIOLENCE. Represaliile se semnalează în legătură cu plângerea "
          + "inițială.");
    }
    ComplaintCase complaint = cases.insert(institution(intake.institutionCode()), intake.type(),
        intake.channel(), intake.anonymous(), received(intake.receivedAt()), null,
        content(intake.description(), intake.anonymous() ? null : intake.complainantName(),
            intake.complainantContact(), intake.personsConcerned(), intake.registeredBy()));
    return started(complaint);
  }

  /**
   * Retaliation against the complainant of {@code originalId}, reported at any time: a linked
   * case of type RETALIATION. While the original case is open its process receives the message
   * {@code RetaliationReported} and opens the linked case; after closure it starts directly.
   */
  @Transactional
  public Registered reportRetaliation(long originalId, Channel channel, String description,
      String registeredBy) {
    refuseUnlessConfigured();
    ComplaintCase original = cases.find(originalId).orElseThrow();
    Content originalContent = cases.content(originalId).orElseThrow();
    ComplaintCase linked = cases.insert(original.institutionCode(), ComplaintType.RETALIATION,
        channel, original.anonymous(), now(), original.id(),
        content(description, originalContent.complainantName(),
            originalContent.complainantContact(), originalContent.personsConcerned(),
            registeredBy));
    String token = newToken(linked.id());
    boolean open = original.processInstanceId() != null && runtime.createProcessInstanceQuery()
        .processInstanceId(original.processInstanceId()).count() == 1;
    if (open) {
      AsSystem.call(identity, () -> runtime
          .createMessageCorrelation(ComplaintSteps.RETALIATION_MESSAGE)
          .processInstanceId(original.processInstanceId())
          .setVariableLocal(Variables.RETALIATION_CASE_ID, linked.id()).correlateWithResult());
    } else {
      start(linked);
    }
    return new Registered(linked.id(), linked.reference(), token);
  }

  /** The complainant's view of the case of a follow-up token; empty for an unknown token. */
  public Optional<FollowUp> followUp(String token) {
    return caseOfToken(token).flatMap(cases::find).map(c -> new FollowUp(c.reference(),
        publicStatus(c.status()), c.receivedAt(), c.acknowledgedAt(), c.closedAt(),
        c.closedAt() == null ? null : c.outcome(),
        cases.lastNote(c.id(), "COMMUNICATION").orElse(null)));
  }

  /** The case of a follow-up token. */
  public Optional<Long> caseOfToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return cases.caseOfTokenHash(hash(token.strip()));
  }

  /** Whether the user may see the case: the Officer, the Director General, its investigators. */
  public boolean maySee(ComplaintCase complaint, String user, Set<String> groups) {
    if (groups.contains(RoleGroups.EQUALITY_OFFICER) || groups.contains(RoleGroups.RECTOR)) {
      return true;
    }
    String handler = cases.triage(complaint.id())
        .map(ComplaintRepository.Triage::handlerGroup).orElse(null);
    return user != null && (cases.isInvestigator(complaint.id(), user)
        || handler != null && groups.contains(handler));
  }

  public CaseView view(ComplaintCase complaint) {
    return new CaseView(complaint, cases.content(complaint.id()).orElse(null),
        cases.triage(complaint.id()).orElse(null), cases.investigators(complaint.id()),
        cases.notes(complaint.id()), cases.linkedTo(complaint.id()).stream()
            .map(ComplaintCase::reference).toList());
  }

  /** The cases the user may see. */
  public List<ComplaintCase> visibleTo(String user, Set<String> groups) {
    List<ComplaintCase> visible = new ArrayList<>();
    for (ComplaintCase complaint : cases.all()) {
      if (maySee(complaint, user, groups)) {
        visible.add(complaint);
      }
    }
    return visible;
  }

  /**
   * Assigns an investigator: he becomes a candidate of the open investigation and may read this
   * process instance (and the process model, for Tasklist's forms), nothing else.
   */
  @Transactional
  public void assignInvestigator(ComplaintCase complaint, String userId, String assignedBy) {
    // The Officer may not read other users' accounts: the check runs with the system's rights.
    if (AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).count()) != 1) {
      throw new InvalidInputException("userId", "Utilizatorul „" + userId + "” nu există.");
    }
    if (!nameable(complaint, userId)) {
      throw new InvalidInputException("userId", "Utilizatorul „" + userId + "” nu poate fi "
          + "desemnat: nu este un angajat în activitate al instituției "
          + complaint.institutionCode() + " (lista: GET /api/equality/complaints/"
          + complaint.id() + "/investigator-candidates).");
    }
    if (!cases.addInvestigator(complaint.id(), userId, assignedBy, now())) {
      return;
    }
    AsSystem.call(identity, () -> {
      Authorization grant = authorizations.createNewAuthorization(
          Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(userId);
      grant.setResource(Resources.PROCESS_INSTANCE);
      grant.setResourceId(complaint.processInstanceId());
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
      grantDefinitionRead(userId);
      for (Task task : tasks.createTaskQuery().processInstanceId(complaint.processInstanceId())
          .taskDefinitionKey(HarassmentComplaintProcess.Elements.INVESTIGATE_COMPLAINT).list()) {
        tasks.addCandidateUser(task.getId(), userId);
      }
      return null;
    });
  }

  /** Who may be named investigator of the case: active users of its institution, by name. */
  public List<Nameable> investigatorCandidates(ComplaintCase complaint) {
    List<String> assigned = cases.investigators(complaint.id());
    return AsSystem.call(identity, () -> identity.createUserQuery().list()).stream()
        .filter(user -> nameable(complaint, user.getId()))
        .map(user -> new Nameable(user.getId(), fullName(user), assigned.contains(user.getId())))
        .sorted(Comparator.comparing(Nameable::name, COLLATOR)
            .thenComparing(Nameable::userId))
        .toList();
  }

  /** A user who may be named investigator, with the name Tasklist and Admin show. */
  public record Nameable(String userId, String name, boolean assigned) {
  }

  private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("ro"));

  /**
   * A user of the complaint's institution ({@link InstitutionScope}) whose employment has not
   * ended in the staff register (a user HR has no record for counts as active).
   */
  private boolean nameable(ComplaintCase complaint, String userId) {
    if (!scope.ofUser(userId).contains(complaint.institutionCode())) {
      return false;
    }
    LocalDate today = calendar.today();
    return staff.findRecord(userId).map(record -> record.activeTo() == null
        || !record.activeTo().isBefore(today)).orElse(true);
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  /**
   * Tasklist submits a task form only for a user who may read the process definition: the model
   * itself, which shows no instance (READ_INSTANCE is what would).
   */
  private void grantDefinitionRead(String userId) {
    if (authorizations.createAuthorizationQuery().userIdIn(userId)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(ComplaintSteps.PROCESS_KEY)
        .count() > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(ComplaintSteps.PROCESS_KEY);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  @Transactional
  public void addNote(ComplaintCase complaint, String kind, String text, String author) {
    if (kind == null || !Set.of("EVIDENCE", "HEARING", "NOTE").contains(kind)) {
      throw new InvalidInputException("kind", "Tipul înregistrării este EVIDENCE (probă), "
          + "HEARING (audiere) sau NOTE (notă).");
    }
    cases.addNote(complaint.id(), kind, limited(required(text, "text", "Textul înregistrării"),
        8000, "text"), author, now());
  }

  /** Starts the process of a registered case (no user's authorizations apply). */
  void start(ComplaintCase complaint) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.COMPLAINT_ID, complaint.id());
    variables.put(Variables.REFERENCE, complaint.reference());
    variables.put(Variables.COMPLAINT_TYPE, complaint.complaintType());
    variables.put(Variables.ANONYMOUS, complaint.anonymous());
    variables.put(Variables.STATUS, "RECEIVED");
    variables.put(Variables.RECEIVED_AT, Date.from(complaint.receivedAt().atZone(calendar.zone())
        .toInstant()));
    if (complaint.linkedCaseId() != null) {
      variables.put(Variables.LINKED_CASE_ID, complaint.linkedCaseId());
    }
    String tenant = scope.tenantOf(complaint.institutionCode());
    if (tenant != null) {
      // The instance runs in its institution's tenant: other institutions' users never see it.
      variables.put(InstitutionScope.TENANT_VARIABLE, tenant);
    }
    AsSystem.call(identity, () -> runtime.startProcessInstanceByKey(ComplaintSteps.PROCESS_KEY,
        complaint.reference(), variables));
  }

  private Registered started(ComplaintCase complaint) {
    String token = newToken(complaint.id());
    start(complaint);
    return new Registered(complaint.id(), complaint.reference(), token);
  }

  private void refuseUnlessConfigured() {
    String refusal = settings.refusal();
    if (refusal != null) {
      throw new NotConfiguredException(refusal);
    }
  }

  private String newToken(long caseId) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    cases.saveTokenHash(caseId, hash(token));
    return token;
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String institution(String code) {
    List<Institution> all = institutions.findAll();
    if (code == null || code.isBlank()) {
      return all.stream().filter(i -> "RO".equals(i.country())).findFirst()
          .or(() -> all.stream().findFirst()).map(Institution::code)
          .orElseThrow(() -> new InvalidInputException("institution",
              "Nicio instituție nu este configurată (dosar.institutions)."));
    }
    return institutions.findByCode(code).map(Institution::code).orElseThrow(() ->
        new InvalidInputException("institution", "Instituția „" + code + "” nu există."));
  }

  private static Content content(String description, String name, String contact,
      String persons, String registeredBy) {
    return new Content(limited(required(description, "description", "Descrierea faptelor"),
        8000, "description"), limited(blankToNull(name), 200, "complainantName"),
        limited(blankToNull(contact), 200, "complainantContact"),
        limited(blankToNull(persons), 1000, "personsConcerned"), registeredBy);
  }

  private static String required(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Câmpul „" + label + "” este obligatoriu.");
    }
    return value.strip();
  }

  private static String limited(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw new InvalidInputException(field, "Textul are cel mult " + max + " de caractere.");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private LocalDateTime received(LocalDateTime receivedAt) {
    LocalDateTime now = now();
    if (receivedAt == null) {
      return now;
    }
    if (receivedAt.isAfter(now)) {
      throw new InvalidInputException("receivedAt", "Data primirii nu poate fi în viitor.");
    }
    return receivedAt.withNano(0);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone())
        .withNano(0);
  }

  private static String publicStatus(String status) {
    return switch (status) {
      case "RECEIVED", "REGISTERED" -> "Înregistrată";
      case "ACKNOWLEDGED" -> "Primire confirmată, în analiză";
      case "UNDER_INVESTIGATION" -> "În cercetare";
      case "CLOSED" -> "Închisă";
      default -> "Cercetare încheiată, în curs de soluționare";
    };
  }
}
