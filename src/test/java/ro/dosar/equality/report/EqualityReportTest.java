package ro.dosar.equality.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import ro.dosar.gender.BalanceMode;
import ro.dosar.gender.GenderRepresentation;
import ro.dosar.gender.GenderRepresentation.Status;
import ro.dosar.gender.TrainingBalance;
import ro.dosar.equality.report.EqualityReport.Indicator;
import ro.dosar.equality.report.EqualityReport.LeadershipComparison;
import ro.dosar.equality.report.EqualityReport.LeadershipGroup;
import ro.dosar.equality.report.EqualityReport.Rate;
import ro.dosar.equality.report.EqualityReport.Recruitment;
import ro.dosar.support.Http;
import ro.dosar.support.ProcessTest;

/**
 * The monitoring report (spec §7, §8.3) computed from records built here with SQL, with exact
 * expected figures: R-1 against the end-2025 baseline (18 men / 172 women; leadership 1 / 6),
 * R-2 for a set of finished contests (a contest that ends in 2027 counts in 2027), R-4 with DMN-3,
 * R-6 with small numbers suppressed, R-8; and who may read it through the REST API.
 */
@ProcessTest
// Reports over the institution's whole equality records for a year, which other classes add
// to: a fresh context of its own, first in its group (ContextOrder), closed after it.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EqualityReportTest {

  @Autowired
  EqualityReportService service;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  IdentityService identity;
  @LocalServerPort
  int port;

  long c1;
  long c2;
  long c3;
  long c4;

  @BeforeAll
  void records() {
    for (String[] user : new String[][] {{"eo", "equality-officer"}, {"dg", "rector"},
        {"hrx", "hr"}, {"plain", null}}) {
      User u = identity.newUser(user[0]);
      u.setPassword(user[0]);
      identity.saveUser(u);
      if (user[1] != null) {
        identity.createMembership(user[0], user[1]);
      }
    }
    EqualityRecords r = new EqualityRecords(jdbc);
    // 200 employees with a recorded gender on 31 Dec 2026 (20 men, 180 women), one whose
    // gender is not recorded; one man who left in June, one who starts in 2027.
    LocalDate since = LocalDate.of(2020, 1, 1);
    r.employee("dg1", "FEMALE", "Conducere", "CIVIL_SERVANT", "DIRECTOR_GENERAL", since, null);
    for (int i = 1; i <= 3; i++) {
      r.employee("ed" + i, "FEMALE", "Conducere", "CIVIL_SERVANT", "EXECUTIVE_DIRECTOR", since,
          null);
    }
    r.employee("hs1", "MALE", "Conducere", "CIVIL_SERVANT", "HEAD_OF_SERVICE", since, null);
    r.employee("hs2", "MALE", "Conducere", "CIVIL_SERVANT", "HEAD_OF_SERVICE", since, null);
    r.employee("hs3", "FEMALE", "Conducere", "CIVIL_SERVANT", "HEAD_OF_SERVICE", since, null);
    r.employees("m", 18, "MALE", "Direcția Asistență Medicală", "CONTRACTUAL");
    r.employees("f", 175, "FEMALE", "Direcția Asistență Medicală", "CONTRACTUAL");
    r.employee("x1", null, "Direcția Educație", null, null, since, null);
    r.employee("left1", "MALE", "Direcția Educație", "CONTRACTUAL", "EXECUTION", since,
        LocalDate.of(2026, 6, 30));
    r.employee("new1", "MALE", "Direcția Educație", "CONTRACTUAL", "EXECUTION",
        LocalDate.of(2027, 1, 10), null);

    // three contests finished in 2026, one that started in 2026 and ended in 2027, one
    // still running.
    c1 = r.contest("EXECUTION", "FILLED", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 10),
        true, "OK", "Nu există bărbați cu pregătirea cerută în instituție.");
    r.commission(c1, "CC", "FEMALE", "MALE", "FEMALE");
    r.commission(c1, "CSC", "FEMALE", "FEMALE", "FEMALE");
    r.replacedMember(c1, "CSC", "MALE");
    r.commission(c1, "SECRETARY", "MALE");
    r.candidate(c1, "FEMALE", LocalDate.of(2026, 4, 1));
    r.candidate(c1, "FEMALE", null);
    r.candidate(c1, "MALE", null);
    r.candidate(c1, "UNKNOWN", null);
    c2 = r.contest("LEADERSHIP", "FILLED", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 20),
        false, "OK", null);
    r.commission(c2, "CC", "MALE", "FEMALE", "MALE");
    r.commission(c2, "CSC", "MALE", "FEMALE", "FEMALE");
    r.candidate(c2, "FEMALE", null);
    r.candidate(c2, "MALE", LocalDate.of(2026, 7, 1));
    r.candidate(c2, "MALE", null);
    c3 = r.contest("EXECUTION", "NOT_FILLED_NO_PASSING_CANDIDATE", LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 9, 1), false, "WARNING", null);
    r.commission(c3, "CC", "FEMALE", "FEMALE", "FEMALE");
    r.commission(c3, "CSC", "MALE", "FEMALE", "FEMALE");
    r.candidate(c3, "FEMALE", null);
    r.candidate(c3, "FEMALE", null);
    c4 = r.contest("EXECUTION", "FILLED", LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 15),
        false, "OK", null);
    r.commission(c4, "CC", "MALE", "FEMALE", "FEMALE");
    r.commission(c4, "CSC", "MALE", "FEMALE", "MALE");
    r.candidate(c4, "MALE", null);
    r.candidate(c4, "FEMALE", LocalDate.of(2027, 2, 1));
    long running = r.contest("EXECUTION", "TESTS", LocalDate.of(2026, 10, 1), null, false, null,
        null);
    r.candidate(running, "FEMALE", null);

    // a general session for 150 of the 201 employees (and one who has left since),
    // one anti-harassment session, two professional courses with 10 men among 150 trainees.
    List<String> general = new ArrayList<>();
    for (int i = 1; i <= 130; i++) {
      general.add("f" + i);
    }
    for (int i = 1; i <= 18; i++) {
      general.add("m" + i);
    }
    general.addAll(List.of("hs1", "hs2", "left1"));
    r.training("GENERAL_EQUALITY", LocalDate.of(2026, 3, 1), general.toArray(String[]::new));
    r.training("ANTI_HARASSMENT", LocalDate.of(2026, 5, 1), "f1", "f2", "f3", "f4", "f5");
    r.training("PROFESSIONAL_DEVELOPMENT", LocalDate.of(2026, 4, 10),
        range("f", 1, 95, "m", 1, 5));
    List<String> second = new ArrayList<>(List.of(range("f", 96, 140, "m", 6, 10)));
    second.add("x1");
    r.training("PROFESSIONAL_DEVELOPMENT", LocalDate.of(2026, 9, 10),
        second.toArray(String[]::new));
    r.training("GENERAL_EQUALITY", LocalDate.of(2025, 11, 1), "f1");

    // few complaints in 2026 (breakdowns suppressed), enough in 2027.
    r.complaint("S-1", "SEXUAL_HARASSMENT", at(2026, 2, 1), at(2026, 5, 1), "SUBSTANTIATED");
    r.complaint("S-2", "MORAL_HARASSMENT", at(2026, 3, 1), at(2026, 6, 1), "NOT_SUBSTANTIATED");
    r.complaint("S-3", "RETALIATION", at(2026, 7, 1), null, null);
    r.complaint("S-4", "GENDER_DISCRIMINATION", at(2025, 12, 20), at(2026, 1, 10), "WITHDRAWN");
    r.complaint("S-5", "MORAL_HARASSMENT", at(2026, 12, 30), at(2027, 1, 5), "WITHDRAWN");
    for (int i = 1; i <= 3; i++) {
      r.complaint("R-" + i, "RETALIATION", at(2027, 2, i), at(2027, 6, i), "SUBSTANTIATED");
      r.complaint("O-" + i, "SEXUAL_HARASSMENT", at(2027, 3, i), i < 3 ? at(2027, 7, i) : null,
          i < 3 ? "NOT_SUBSTANTIATED" : null);
    }
  }

  private static String[] range(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    List<String> ids = new ArrayList<>();
    for (int i = aFrom; i <= aTo; i++) {
      ids.add(a + i);
    }
    for (int i = bFrom; i <= bTo; i++) {
      ids.add(b + i);
    }
    return ids.toArray(String[]::new);
  }

  private static LocalDateTime at(int year, int month, int day) {
    return LocalDateTime.of(year, month, day, 10, 0);
  }

  private static BigDecimal pp(String value) {
    return new BigDecimal(value);
  }

  @Test
  void staffComposition_againstTheEnd2025Baseline() {
    EqualityReport report = service.compute("UVT", 2026);
    var staff = report.staff();

    assertThat(report.comparedWith()).isEqualTo("BASELINE_2025");
    assertThat(report.snapshotDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(staff.overall()).isEqualTo(new GenderSplit(180, 20, 1, pp("90.00"),
        pp("10.00")));
    // 20/200 − 18/190 = 0.5263… pp, from the unrounded shares
    assertThat(staff.comparison().previousOverall()).isEqualTo(GenderSplit.of(172, 18, 0));
    assertThat(staff.comparison().previousOverall().malePercent()).isEqualTo(pp("9.47"));
    assertThat(staff.comparison().maleDifferencePp()).isEqualTo(pp("0.53"));
    assertThat(staff.comparison().femaleDifferencePp()).isEqualTo(pp("-0.53"));
    assertThat(staff.byCategory()).containsEntry("CIVIL_SERVANT", GenderSplit.of(5, 2, 0))
        .containsEntry("CONTRACTUAL", GenderSplit.of(175, 18, 0))
        .containsEntry("NOT_RECORDED", GenderSplit.of(0, 0, 1));
    assertThat(staff.byDepartment()).containsEntry("Direcția Educație", GenderSplit.of(0, 0, 1))
        .containsEntry("Conducere", GenderSplit.of(5, 2, 0));
    assertThat(staff.occupancy().percent()).isNull();
    assertThat(staff.comparison().previousOccupancy().percent()).isEqualTo(pp("58.82"));

    Map<String, LeadershipGroup> groups = staff.leadership().stream()
        .collect(Collectors.toMap(LeadershipGroup::group, Function.identity()));
    assertThat(groups.get("LEADERSHIP").split()).isEqualTo(GenderSplit.of(5, 2, 0));
    assertThat(groups.get("LEADERSHIP").men().status())
        .isEqualTo(Status.UNDER_REPRESENTED_BELOW_30);
    assertThat(groups.get("HEAD_OF_SERVICE").men().status()).isEqualTo(Status.TARGET_MET);
    // one woman of three heads of service: exactly one third, not "fewer than one third"
    assertThat(groups.get("HEAD_OF_SERVICE").women())
        .isEqualTo(new GenderRepresentation(Status.BELOW_40_TARGET, false, false, false));

    // The baseline's own statuses (DMN-2 on plan Table 2)
    Map<String, LeadershipComparison> baseline = staff.comparison().leadership().stream()
        .collect(Collectors.toMap(LeadershipComparison::group, Function.identity()));
    assertThat(baseline.get("HEAD_OF_SERVICE").previous()).isEqualTo(GenderSplit.of(2, 1, 0));
    assertThat(baseline.get("HEAD_OF_SERVICE").previousMen().status())
        .isEqualTo(Status.BELOW_40_TARGET);
    assertThat(baseline.get("HEAD_OF_SERVICE").previousWomen().status())
        .isEqualTo(Status.TARGET_MET);
    for (String group : List.of("LEADERSHIP", "DIRECTOR_GENERAL", "EXECUTIVE_DIRECTOR")) {
      assertThat(baseline.get(group).previousMen().status()).as(group)
          .isEqualTo(Status.UNDER_REPRESENTED_BELOW_30);
      assertThat(baseline.get(group).previousWomen().status()).as(group)
          .isEqualTo(Status.TARGET_MET);
    }
    assertThat(baseline.get("LEADERSHIP").previous().malePercent()).isEqualTo(pp("14.29"));
    // 2/7 − 1/7 = +14.29 pp, not 28.57 − 14.29 = 14.28
    assertThat(baseline.get("LEADERSHIP").maleDifferencePp()).isEqualTo(pp("14.29"));
    assertThat(baseline.get("LEADERSHIP").femaleDifferencePp()).isEqualTo(pp("-14.29"));
    assertThat(baseline.get("HEAD_OF_SERVICE").maleDifferencePp()).isEqualTo(pp("33.33"));

    assertThat(report.analysisTriggers()).containsExactly(
        "Total funcții de conducere: bărbați 2 din 7 (28,57 %), sub o treime",
        "Director general: bărbați 0 din 1 (0,00 %), sub o treime",
        "Directori executivi: bărbați 0 din 3 (0,00 %), sub o treime");
  }

  @Test
  void recruitment_exactFigures_leadershipFilter_andYearAttribution() {
    EqualityReport report = service.compute("UVT", 2026);
    Recruitment all = report.recruitment().all();

    assertThat(all.contestsCompleted()).isEqualTo(3);
    assertThat(all.candidates()).isEqualTo(new GenderSplit(5, 3, 1, pp("62.50"), pp("37.50")));
    assertThat(all.hired()).isEqualTo(GenderSplit.of(1, 1, 0));
    assertThat(all.femaleSelectionRate()).isEqualTo(new Rate(1, 5, pp("20.00")));
    assertThat(all.maleSelectionRate()).isEqualTo(new Rate(1, 3, pp("33.33")));
    // 18 voting seats: the secretary and the replaced member are not counted
    assertThat(all.commissionSeats()).isEqualTo(new GenderSplit(13, 5, 0, pp("72.22"),
        pp("27.78")));
    assertThat(all.commissions()).isEqualTo(6);
    assertThat(all.mixedCommissions()).isEqualTo(new Rate(4, 6, pp("66.67")));
    assertThat(all.singleGenderCommissions()).isEqualTo(2);
    assertThat(all.singleGenderJustified()).isEqualTo(1);
    assertThat(all.anonymousFirstStage()).isEqualTo(new Rate(1, 3, pp("33.33")));
    assertThat(all.compliantAnnouncements()).isEqualTo(new Rate(2, 3, pp("66.67")));

    Recruitment leadership = report.recruitment().leadership();
    assertThat(leadership.contestsCompleted()).isEqualTo(1);
    assertThat(leadership.candidates()).isEqualTo(GenderSplit.of(1, 2, 0));
    assertThat(leadership.hired()).isEqualTo(GenderSplit.of(0, 1, 0));
    assertThat(leadership.femaleSelectionRate()).isEqualTo(new Rate(0, 1, pp("0.00")));
    assertThat(leadership.maleSelectionRate()).isEqualTo(new Rate(1, 2, pp("50.00")));
    assertThat(leadership.commissionSeats()).isEqualTo(GenderSplit.of(3, 3, 0));
    assertThat(leadership.mixedCommissions()).isEqualTo(new Rate(2, 2, pp("100.00")));
    assertThat(leadership.anonymousFirstStage()).isEqualTo(new Rate(0, 1, pp("0.00")));

    // The contest that started in 2026 and ended in 2027 counts in 2027, with its hire.
    Recruitment next = service.compute("UVT", 2027).recruitment().all();
    assertThat(next.contestsCompleted()).isEqualTo(1);
    assertThat(next.candidates()).isEqualTo(GenderSplit.of(1, 1, 0));
    assertThat(next.hired()).isEqualTo(GenderSplit.of(1, 0, 0));
    assertThat(next.commissionSeats()).isEqualTo(GenderSplit.of(3, 3, 0));
    assertThat(next.femaleSelectionRate()).isEqualTo(new Rate(1, 1, pp("100.00")));
    assertThat(next.maleSelectionRate()).isEqualTo(new Rate(0, 1, pp("0.00")));
    Recruitment nextLeadership = service.compute("UVT", 2027).recruitment().leadership();
    assertThat(nextLeadership.contestsCompleted()).isZero();
    assertThat(nextLeadership.mixedCommissions().percent()).as("n/a, not 0 %").isNull();
  }

  @Test
  void training_withTheParticipationBalance() {
    var training = service.compute("UVT", 2026).training();

    assertThat(training.sessionsByType()).containsEntry("GENERAL_EQUALITY", 1)
        .containsEntry("ANTI_HARASSMENT", 1).containsEntry("PROFESSIONAL_DEVELOPMENT", 2)
        .containsEntry("SPECIALISED_WORKSHOP", 0);
    // 150 of the 201 employees active on 31 Dec (the one who left does not count)
    assertThat(training.staffTrained()).isEqualTo(new Rate(150, 201, pp("74.63")));
    var pd = training.professionalDevelopment();
    assertThat(pd.participations()).isEqualTo(GenderSplit.of(140, 10, 1));
    assertThat(pd.staff()).isEqualTo(GenderSplit.of(180, 20, 1));
    assertThat(pd.mode()).isEqualTo(BalanceMode.PP);
    assertThat(pd.maleDeviationPp()).isEqualTo(pp("-3.33"));
    assertThat(pd.femaleDeviationPp()).isEqualTo(pp("3.33"));
    assertThat(pd.maleDeviationRelative()).isEqualTo(pp("-33.33"));
    assertThat(pd.result()).isEqualTo(TrainingBalance.BALANCED);
    assertThat(training.courses()).hasSize(2);
    assertThat(training.courses().get(0).participation().maleDeviationPp())
        .isEqualTo(pp("-5.00"));
  }

  @Test
  void complaints_countsOnly_smallNumbersSuppressed() {
    var small = service.compute("UVT", 2026).complaints();
    assertThat(small.received()).isEqualTo(4);
    assertThat(small.resolved()).isEqualTo(3);
    assertThat(small.openAtYearEnd()).isEqualTo(2);
    assertThat(small.retaliation()).isNull();
    assertThat(small.substantiated()).isNull();
    assertThat(small.suppressed()).containsExactly("retaliation", "substantiated");
    assertThat(small.threshold()).isEqualTo(3);

    var enough = service.compute("UVT", 2027).complaints();
    assertThat(enough.received()).isEqualTo(6);
    assertThat(enough.resolved()).isEqualTo(6);
    assertThat(enough.openAtYearEnd()).isEqualTo(2);
    assertThat(enough.retaliation()).isEqualTo(3);
    assertThat(enough.substantiated()).isEqualTo(3);
    assertThat(enough.suppressed()).isEmpty();
  }

  @Test
  void indicatorTracker_withDmn4_andThePreviousYear() {
    EqualityReport report = service.compute("UVT", 2026);
    Map<String, Indicator> byId = report.indicators().indicators().stream()
        .collect(Collectors.toMap(Indicator::id, Function.identity()));

    assertThat(byId.get("IND-4.1a").status()).isEqualTo("MET");
    assertThat(byId.get("IND-4.1b")).extracting(Indicator::value, Indicator::status)
        .containsExactly("150 din 201 (74,63 %)", "NOT_MET");
    assertThat(byId.get("IND-6.1b")).extracting(Indicator::value, Indicator::previous,
            Indicator::status)
        .containsExactly("femei 5 (71,43 %), bărbați 2 (28,57 %) din 7",
            "femei 6 (85,71 %), bărbați 1 (14,29 %) din 7", "NOT_MET");
    assertThat(byId.get("IND-7.2a").status()).isEqualTo("MET");
    assertThat(byId.get("IND-9.3a").status()).isEqualTo("MET");
    assertThat(byId.get("IND-1.2a")).extracting(Indicator::value, Indicator::status)
        .containsExactly("0", "NOT_MET");
    assertThat(byId.get("IND-9.2b").value()).isEqualTo("primite 4, soluționate 3");
    assertThat(byId.get("IND-4.1a").previous()).as("no baseline").isEqualTo("n/a");
    assertThat(byId.get("IND-3.2a")).extracting(Indicator::value, Indicator::status)
        .containsExactly("11", "MET");
    assertThat(report.indicators().monitored()).isEqualTo(11);
    assertThat(report.indicators().met()).isEqualTo(4);
    assertThat(byId.get("IND-3.3c").value()).isEqualTo("4");
    assertThat(byId.get("IND-2.1b")).extracting(Indicator::source, Indicator::value,
        Indicator::status).containsExactly("NOT_RECORDED", "n/a", "INFORMATIONAL");

    // 2027 is compared with 2026, not with the baseline
    Map<String, Indicator> next = service.compute("UVT", 2027).indicators().indicators()
        .stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    assertThat(next.get("IND-4.1a")).extracting(Indicator::value, Indicator::previous,
        Indicator::status).containsExactly("0", "1", "NOT_MET");
  }

  @Test
  void theEndpoint_forTheOfficerTheDirectorAndHr_only() {
    String path = "/api/equality/report?year=2026";
    for (String reader : List.of("eo", "dg", "hrx")) {
      HttpResponse<String> answer = Http.as(port, reader, reader).get(path);
      assertThat(answer.statusCode()).as(reader).isEqualTo(200);
      JsonNode json = Http.json(answer);
      assertThat(json.at("/institution").asText()).isEqualTo("UVT");
      assertThat(json.at("/staff/overall/male").asInt()).isEqualTo(20);
      assertThat(json.at("/staff/comparison/leadership/0/maleDifferencePp").decimalValue())
          .isEqualByComparingTo("14.29");
      assertThat(json.at("/recruitment/leadership/contestsCompleted").asInt()).isEqualTo(1);
      // complaints: counts only, no type and no reference of any case
      assertThat(answer.body()).doesNotContain("SEXUAL_HARASSMENT").doesNotContain("S-1");
    }
    HttpResponse<String> refused = Http.as(port, "plain", "plain").get(path);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Acces interzis");
    assertThat(Http.anonymous(port).get(path).statusCode()).isEqualTo(401);
    assertThat(Http.as(port, "plain", "plain").get("/api/equality/report/document?year=2026")
        .statusCode()).as("nor the PDF").isEqualTo(403);

    Http officer = Http.as(port, "eo", "eo");
    HttpResponse<String> notANumber = officer.get("/api/equality/report?year=doua-mii");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(Http.json(notANumber).at("/detail").asText())
        .isEqualTo("Anul „doua-mii” nu este valid; indicați un an, de exemplu 2026.");
    assertThat(Http.json(notANumber).at("/field").asText()).isEqualTo("year");
    for (String year : List.of("2025", "2099")) {
      HttpResponse<String> outside = officer.get("/api/equality/report?year=" + year);
      assertThat(outside.statusCode()).as(year).isEqualTo(400);
      assertThat(Http.json(outside).at("/detail").asText()).contains("nu poate fi raportat");
    }
    assertThat(officer.get("/api/equality/report").statusCode()).isEqualTo(400);
    HttpResponse<String> institution =
        officer.get("/api/equality/report?year=2026&institution=NIMENI");
    assertThat(institution.statusCode()).isEqualTo(400);
    assertThat(Http.json(institution).at("/detail").asText())
        .isEqualTo("Instituția „NIMENI” nu există în Dosar.");
  }

  @Test
  void theTrainingRegister_forHr() {
    Http hr = Http.as(port, "hrx", "hrx");
    HttpResponse<String> created = hr.postJson("/api/equality/trainings", """
        {"type": "LEADERSHIP_WORKSHOP", "title": "Leadership transformațional",
         "heldOn": "2026-10-15", "format": "ONLINE", "trainerType": "LOCAL_TRAINER"}""");
    assertThat(created.statusCode()).isEqualTo(201);
    long id = Http.json(created).at("/id").asLong();

    HttpResponse<String> unknown = hr.postJson("/api/equality/trainings/" + id + "/attendees",
        "{\"userIds\": [\"f1\", \"nimeni\"]}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Http.json(unknown).at("/detail").asText()).startsWith(
        "Nu au fișă de personal în Dosar: nimeni.");
    HttpResponse<String> added = hr.postJson("/api/equality/trainings/" + id + "/attendees",
        "{\"userIds\": [\"hs1\", \"hs3\", \"hs1\"]}");
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(Http.json(added).at("/added").asInt()).isEqualTo(2);
    assertThat(Http.json(added).at("/session/attendees").asInt()).isEqualTo(2);

    HttpResponse<String> badType = hr.postJson("/api/equality/trainings", """
        {"type": "YOGA", "title": "x", "heldOn": "2026-10-15", "format": "ONLINE",
         "trainerType": "ANES"}""");
    assertThat(badType.statusCode()).isEqualTo(400);
    assertThat(Http.json(badType).at("/field").asText()).isEqualTo("type");
    assertThat(Http.json(badType).at("/detail").asText())
        .startsWith("Valoarea „YOGA” nu este acceptată pentru „type”");
    HttpResponse<String> future = hr.postJson("/api/equality/trainings", """
        {"type": "ANTI_HARASSMENT", "title": "x", "heldOn": "2099-01-01", "format": "ONLINE",
         "trainerType": "ANES"}""");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(Http.json(future).at("/detail").asText()).contains("nu a avut loc încă");
    assertThat(Http.as(port, "plain", "plain").postJson("/api/equality/trainings", "{}")
        .statusCode()).isEqualTo(403);
    assertThat(Http.json(hr.get("/api/equality/trainings?year=2026")).findValuesAsText("title"))
        .contains("Leadership transformațional");
  }
}
