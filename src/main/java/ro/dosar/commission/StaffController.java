package ro.dosar.commission;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.gender.Gender;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.institution.OutsideInstitutionException;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.Problems;

/**
 * The staff register HR keeps: {@code GET /api/staff}, {@code GET /api/staff/{userId}} and
 * {@code PUT /api/staff/{userId}}. It is where the gender of the personnel records is entered,
 * which the gender-balance check of every commission and the equality plan's monitoring report
 * read. Only HR (and the Camunda administrator) reads or writes it: it holds personal data.
 */
@RestController
@RequestMapping("/api/staff")
public class StaffController {

  static final Set<String> CATEGORIES = Set.of("CIVIL_SERVANT", "CONTRACTUAL");
  static final Set<String> LEVELS = Set.of("EXECUTION", "HEAD_OF_SERVICE", "EXECUTIVE_DIRECTOR",
      "DIRECTOR_GENERAL");

  private final StaffRepository staff;
  private final InstitutionScope scope;

  public StaffController(StaffRepository staff, InstitutionScope scope) {
    this.scope = scope;
    this.staff = staff;
  }

  @GetMapping
  ResponseEntity<?> list() {
    if (!mayKeep()) {
      return forbidden();
    }
    return ResponseEntity.ok(staff.records().stream()
        .filter(record -> scope.allowsUser(record.userId())).toList());
  }

  @GetMapping("/{userId}")
  ResponseEntity<?> get(@PathVariable String userId) {
    if (!mayKeep()) {
      return forbidden();
    }
    requireSameInstitution(userId);
    return staff.findRecord(userId).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> Problems.response(HttpStatus.NOT_FOUND, "Angajat necunoscut",
            "Evidența de personal nu are înregistrarea „" + userId + "”."));
  }

  /**
   * Creates or replaces the record. A leadership level other than EXECUTION means a leadership
   * post; EXECUTION with {@code leadershipPost: true} is contradictory and refused.
   */
  @PutMapping("/{userId}")
  @Transactional
  ResponseEntity<?> put(@PathVariable String userId, @RequestBody Request request) {
    if (!mayKeep()) {
      return forbidden();
    }
    requireSameInstitution(userId);
    StaffRecord record = request.toRecord(userId);
    staff.saveRecord(record);
    return ResponseEntity.ok(staff.findRecord(userId).orElseThrow());
  }

  /**
   * A record belongs to its user's institution ({@link InstitutionScope}): HR of another
   * institution gets 404, as if it did not exist, and changes nothing.
   */
  private void requireSameInstitution(String userId) {
    if (!scope.allowsUser(userId)) {
      throw new OutsideInstitutionException();
    }
  }

  private static boolean mayKeep() {
    return CurrentUser.inAnyGroup(RoleGroups.HR, Groups.CAMUNDA_ADMIN);
  }

  private static ResponseEntity<?> forbidden() {
    return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis",
        "Evidența de personal este ținută de Resurse umane.");
  }

  /** The body of {@code PUT}: enumerations arrive as text and are checked here. */
  public record Request(String fullName, String department, Boolean leadershipPost,
      Boolean unerasedSanction, String gender, String employeeCategory, String leadershipLevel,
      LocalDate activeFrom, LocalDate activeTo) {

    StaffRecord toRecord(String userId) {
      if (userId == null || !userId.matches("[a-zA-Z0-9._-]{1,64}")) {
        throw new InvalidRequestException("userId",
            "Identificatorul utilizatorului poate conține doar litere, cifre, „.”, „_” și „-”.");
      }
      String name = required("fullName", fullName, 200, "Numele complet");
      String unit = required("department", department, 100, "Structura (departamentul)");
      Gender knownGender = gender == null || gender.isBlank() ? null
          : switch (gender.strip().toUpperCase()) {
            case "FEMALE", "F" -> Gender.FEMALE;
            case "MALE", "M" -> Gender.MALE;
            default -> throw new InvalidRequestException("gender", "Genul „" + gender
                + "” nu este cunoscut; valori acceptate: FEMALE (F), MALE (M) sau lipsă.");
          };
      String category = oneOf("employeeCategory", employeeCategory, CATEGORIES,
          "Categoria de personal");
      String level = oneOf("leadershipLevel", leadershipLevel, LEVELS, "Nivelul funcției");
      boolean leadership = Boolean.TRUE.equals(leadershipPost);
      if (level != null && !"EXECUTION".equals(level)) {
        if (Boolean.FALSE.equals(leadershipPost)) {
          throw new InvalidRequestException("leadershipPost", "Nivelul " + level
              + " este o funcție de conducere; „leadershipPost” nu poate fi false.");
        }
        leadership = true;
      } else if ("EXECUTION".equals(level) && leadership) {
        throw new InvalidRequestException("leadershipPost", "O funcție de execuție "
            + "(EXECUTION) nu este o funcție de conducere; „leadershipPost” nu poate fi true.");
      }
      if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
        throw new InvalidRequestException("activeTo", "Data încetării (" + activeTo
            + ") nu poate fi înaintea datei angajării (" + activeFrom + ").");
      }
      return new StaffRecord(userId, name, unit, leadership,
          Boolean.TRUE.equals(unerasedSanction), knownGender, category, level, activeFrom,
          activeTo);
    }

    private static String required(String field, String value, int max, String label) {
      if (value == null || value.isBlank()) {
        throw new InvalidRequestException(field, label + " este obligatoriu.");
      }
      if (value.strip().length() > max) {
        throw new InvalidRequestException(field, label + " are cel mult " + max + " caractere.");
      }
      return value.strip();
    }

    private static String oneOf(String field, String value, Set<String> allowed, String label) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String upper = value.strip().toUpperCase();
      if (!allowed.contains(upper)) {
        throw new InvalidRequestException(field, label + " „" + value + "” nu este cunoscut; "
            + "valori acceptate: " + String.join(", ", new TreeSet<>(allowed))
            + ".");
      }
      return upper;
    }
  }
}
