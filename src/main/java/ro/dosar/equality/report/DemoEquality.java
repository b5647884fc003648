package ro.dosar.equality.report;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.WorkingDayCalendar;

/**
 * Demo profile only: enough for a meaningful monitoring report of the current year ({@code GET
 * /api/equality/report?year=…} as {@code egalitate}, {@code rector} or {@code hr}). The demo
 * employees get the HR facts the report reads where nobody recorded them yet (gender, category,
 * leadership level, on staff since 2020; a column already filled is left alone), the Director
 * and the Equality Officer get an HR record if they have none, and the year gets a general
 * equality session, an anti-harassment session and a professional course, once, recorded for
 * {@value #INSTITUTION}, the institution with a plan in force (its report: {@code
 * ?institution=ASEMT}, read by {@code egalitate}, a member of both demo institutions).
 */
@Component
@Profile("demo")
@Order(45)
class DemoEquality implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEquality.class);
  /**
   * The institution whose gender equality plan is in force in the demo (ASEMT, 2026–2029): the
   * demo's equality records are its own. UVT, the contest procedure's university, has no plan.
   */
  static final String INSTITUTION = "ASEMT";
  /** user, name, department, gender, category, leadership level. */
  private static final List<String[]> STAFF = List.of(
      new String[] {"rector", "Mihai Ionescu", "Conducere", "MALE", "CIVIL_SERVANT",
          "DIRECTOR_GENERAL"},
      new String[] {"egalitate", "Simona Pop", "HR", "FEMALE", "CIVIL_SERVANT", "EXECUTION"},
      new String[] {"hr", "Elena Popescu", "HR", "FEMALE", "CIVIL_SERVANT", "EXECUTION"},
      new String[] {"secretar", "Ioana Marin", "HR", "FEMALE", "CONTRACTUAL", "EXECUTION"},
      new String[] {"sef", "Radu Dumitrescu", "Serviciul Resurse Umane", "MALE",
          "CIVIL_SERVANT", "HEAD_OF_SERVICE"},
      new String[] {"membru1", "Adrian Georgescu", "Facultatea de Informatică", "MALE",
          "CONTRACTUAL", "EXECUTIVE_DIRECTOR"},
      new String[] {"membru2", "Cristina Munteanu", "Serviciul Resurse Umane", "FEMALE",
          "CIVIL_SERVANT", "EXECUTION"},
      new String[] {"membru3", "Dan Constantinescu", "Direcția Economică", "MALE",
          "CONTRACTUAL", "EXECUTION"},
      new String[] {"membru4", "Gabriela Florea", "Facultatea de Drept", "FEMALE",
          "CONTRACTUAL", "HEAD_OF_SERVICE"},
      new String[] {"membru5", "Sorin Vasilescu", "Biroul Juridic", "MALE", "CONTRACTUAL",
          "EXECUTION"},
      new String[] {"membru6", "Laura Niculescu", "Direcția Tehnică", "FEMALE", "CONTRACTUAL",
          "EXECUTION"});

  private final JdbcClient jdbc;
  private final TrainingRegister trainings;
  private final WorkingDayCalendar calendar;

  DemoEquality(JdbcClient jdbc, TrainingRegister trainings, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.trainings = trainings;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String[] s : STAFF) {
      if (jdbc.sql("SELECT COUNT(*) FROM staff_member WHERE user_id = ?").param(s[0])
          .query(Integer.class).single() == 0) {
        jdbc.sql("INSERT INTO staff_member (user_id, full_name, department, leadership_post, "
                + "unerased_sanction) VALUES (?, ?, ?, ?, FALSE)")
            .params(s[0], s[1], s[2], !"EXECUTION".equals(s[5])).update();
      }
      jdbc.sql("UPDATE staff_member SET gender = COALESCE(gender, ?), "
              + "employee_category = COALESCE(employee_category, ?), "
              + "leadership_level = COALESCE(leadership_level, ?), "
              + "active_from = COALESCE(active_from, ?) WHERE user_id = ?")
          .params(s[3], s[4], s[5], LocalDate.of(2020, 1, 1), s[0]).update();
    }
    LocalDate today = calendar.today();
    boolean configured = jdbc.sql("SELECT COUNT(*) FROM institution WHERE code = ?")
        .param(INSTITUTION).query(Integer.class).single() > 0;
    // An installation without the plan's institution gets the staff facts only.
    if (!configured || !trainings.ofYear(INSTITUTION, today.getYear()).isEmpty()) {
      return;
    }
    record("GENERAL_EQUALITY", "Egalitatea de șanse și stereotipurile de gen",
        day(today, 3, 10), "rector", "egalitate", "hr", "secretar", "sef", "membru1", "membru2",
        "membru3", "membru4");
    record("ANTI_HARASSMENT", "Toleranță zero la hărțuire: cum sesizăm, cum intervenim",
        day(today, 5, 12), "hr", "secretar", "membru2", "membru5", "membru6");
    record("PROFESSIONAL_DEVELOPMENT", "Managementul documentelor electronice",
        day(today, 9, 22), "hr", "secretar", "membru2", "membru3", "membru6", "egalitate");
    log.info("Demo training sessions of {} recorded for the monitoring report",
        today.getYear());
  }

  private void record(String type, String title, LocalDate heldOn, String... attendees) {
    long id = trainings.record(INSTITUTION, type, title, heldOn,
        "GENERAL_EQUALITY".equals(type) ? "IN_PERSON" : "ONLINE",
        "GENERAL_EQUALITY".equals(type) ? "ANES" : "LOCAL_TRAINER", "hr");
    trainings.addAttendees(id, List.of(attendees));
  }

  /** The day of the current year, or today if it has not come yet. */
  private static LocalDate day(LocalDate today, int month, int day) {
    LocalDate date = LocalDate.of(today.getYear(), month, day);
    return date.isAfter(today) ? today : date;
  }
}
