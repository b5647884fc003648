package ro.dosar.commission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The staff register as people read it: a person by name, department and post, never by user
 * id. What a form offers to choose from ({@link #choices}) and what a later task shows of the
 * people chosen ({@link #describe}), and the name every message about a person uses ({@link
 * #name}).
 */
@Component
public class StaffDirectory implements PersonNames {

  private final StaffRepository staff;
  private final IdentityService identity;

  public StaffDirectory(StaffRepository staff, IdentityService identity) {
    this.staff = staff;
    this.identity = identity;
  }

  /** One person to choose: what the list shows, and the user id the form submits. */
  public record Choice(String label, String value) {
  }

  /**
   * Everyone on staff on the day (a master record, a Dosar user) whom the filter keeps, by name:
   * "Adrian Georgescu — Facultatea de Informatică, funcție de conducere".
   */
  public List<Choice> choices(LocalDate day, Predicate<String> userFilter) {
    return staff.records().stream()
        .filter(record -> record.activeTo() == null || !record.activeTo().isBefore(day))
        .filter(record -> record.activeFrom() == null || !record.activeFrom().isAfter(day))
        .filter(record -> identity.createUserQuery().userId(record.userId()).count() > 0)
        .filter(record -> userFilter.test(record.userId()))
        .map(record -> new Choice(label(record), record.userId()))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  /** The person as a later task shows him; the user id only if nobody has that id any more. */
  public String describe(String userId) {
    return staff.findRecord(userId).map(StaffDirectory::label).orElseGet(() -> name(userId));
  }

  /**
   * The person's name: the staff register's, else his account's (first and last name), else the
   * user id. A register entry whose name is only the user id (imported without names) does not
   * count as a name.
   */
  @Override
  public String name(String userId) {
    if (userId == null || userId.isBlank()) {
      return userId;
    }
    String registered = staff.findRecord(userId).map(StaffRecord::fullName)
        .map(String::strip).orElse("");
    if (!registered.isEmpty() && !registered.equals(userId)) {
      return registered;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private static String label(StaffRecord record) {
    String name = record.fullName() == null || record.fullName().isBlank()
        ? record.userId() : record.fullName();
    return name + " — " + (record.department() == null ? "departament neînregistrat"
        : record.department()) + ", " + post(record);
  }

  /** The post in Romanian: the leadership level where HR recorded it. */
  static String post(StaffRecord record) {
    String level = record.leadershipLevel();
    if (level != null) {
      return switch (level) {
        case "EXECUTION" -> "funcție de execuție";
        case "HEAD_OF_SERVICE" -> "șef de serviciu";
        case "EXECUTIVE_DIRECTOR" -> "director executiv";
        case "DIRECTOR_GENERAL" -> "director general";
        default -> record.leadershipPost() ? "funcție de conducere" : "funcție de execuție";
      };
    }
    return record.leadershipPost() ? "funcție de conducere" : "funcție de execuție";
  }
}
