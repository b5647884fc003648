package ro.dosar.contest.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.institution.InstitutionRepository;

/**
 * What every contest document shows the same way: the contest, its institution, the day and the
 * commissions by name (members by name, never by user id), rows, days and scores as people read
 * them.
 */
@Component
class ContestDocumentModels {

  private final ContestRepository contests;
  private final InstitutionRepository institutions;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  ContestDocumentModels(ContestRepository contests, InstitutionRepository institutions,
      IdentityService identity, WorkingDayCalendar calendar) {
    this.contests = contests;
    this.institutions = institutions;
    this.identity = identity;
    this.calendar = calendar;
  }

  Map<String, Object> base(Contest contest) {
    Map<String, Object> model = new HashMap<>();
    model.put("contest", contest);
    model.put("institution", institutions.findByCode(contest.institutionCode())
        .map(i -> i.name()).orElse(contest.institutionCode()));
    model.put("day", day(calendar.today()));
    model.put("cc", contests.validMembers(contest.id(), "CC").stream().map(this::name).toList());
    model.put("csc", contests.validMembers(contest.id(), "CSC").stream().map(this::name)
        .toList());
    model.put("secretary", contests.commissionMembers(contest.id(), "SECRETARY").stream()
        .findFirst().map(this::name).orElse("—"));
    return model;
  }

  String name(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  static String score(Paper paper) {
    return paper.displayScore() == null ? "—"
        : paper.displayScore().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static String scoreOrMark(Paper paper) {
    return paper.displayScore() == null ? paperStatus(paper).toLowerCase(java.util.Locale.ROOT)
        : score(paper);
  }

  static String paperStatus(Paper paper) {
    return switch (paper.status() == null ? "" : paper.status()) {
      case "ABSENT" -> "ABSENT";
      case "ELIMINAT" -> "ELIMINAT";
      case "ANULAT" -> "ANULAT";
      case "ADMIS" -> "ADMIS";
      default -> "RESPINS";
    };
  }

  static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }

  static String day(LocalDate date) {
    return date == null ? "—" : date.format(DisplayDates.DAY);
  }
}
