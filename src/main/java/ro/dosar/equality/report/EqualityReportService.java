package ro.dosar.equality.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.institution.InstitutionSettings;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.gender.BalanceMode;
import ro.dosar.gender.EqualityRules;
import ro.dosar.gender.GenderRepresentation;
import ro.dosar.gender.IndicatorStatus;
import ro.dosar.gender.TrainingBalance;
import ro.dosar.equality.report.EqualityReport.Complaints;
import ro.dosar.equality.report.EqualityReport.Course;
import ro.dosar.equality.report.EqualityReport.Indicator;
import ro.dosar.equality.report.EqualityReport.LeadershipComparison;
import ro.dosar.equality.report.EqualityReport.LeadershipGroup;
import ro.dosar.equality.report.EqualityReport.Occupancy;
import ro.dosar.equality.report.EqualityReport.Participation;
import ro.dosar.equality.report.EqualityReport.Rate;
import ro.dosar.equality.report.EqualityReport.Recruitment;
import ro.dosar.equality.report.EqualityReport.RecruitmentReport;
import ro.dosar.equality.report.EqualityReport.Staff;
import ro.dosar.equality.report.EqualityReport.StaffComparison;
import ro.dosar.equality.report.EqualityReport.Training;
import ro.dosar.equality.report.ReportRecords.Attendance;
import ro.dosar.equality.report.ReportRecords.Complaint;
import ro.dosar.equality.report.ReportRecords.Employee;
import ro.dosar.equality.report.ReportRecords.Session;
import ro.dosar.published.RecruitmentStatistics;
import ro.dosar.published.RecruitmentStatistics.CandidateGender;
import ro.dosar.published.RecruitmentStatistics.CompletedContest;
import ro.dosar.published.RecruitmentStatistics.Seat;

/**
 * Computes the monitoring report of an institution for a calendar year from the records (spec
 * §6.3, §7, §8.3), compared with the previous year or, for the plan's
 * first year, with the end-2025 baseline. The decisions (DMN-2, DMN-3, DMN-4) come from the
 * deployed tables through {@link EqualityRules}.
 */
@Service
@EnableConfigurationProperties(ReportProperties.class)
public class EqualityReportService {

  /** The leadership groups of R-1, in order; LEADERSHIP = every leadership level. */
  static final Map<String, String> LEADERSHIP_GROUPS = new LinkedHashMap<>();
  static final List<String> SESSION_TYPES = List.of("GENERAL_EQUALITY", "SPECIALISED_WORKSHOP",
      "ANTI_HARASSMENT", "LEADERSHIP_WORKSHOP", "PROFESSIONAL_DEVELOPMENT",
      "EQUALITY_EXPERT_COURSE");
  static final String NOT_RECORDED = "NOT_RECORDED";
  static final String BASELINE = "BASELINE_" + Baseline.YEAR;

  static {
    LEADERSHIP_GROUPS.put("LEADERSHIP", "Total funcții de conducere");
    LEADERSHIP_GROUPS.put("DIRECTOR_GENERAL", "Director general");
    LEADERSHIP_GROUPS.put("EXECUTIVE_DIRECTOR", "Directori executivi");
    LEADERSHIP_GROUPS.put("HEAD_OF_SERVICE", "Șefi de serviciu");
  }

  private final ReportRecords records;
  private final RecruitmentStatistics recruitment;
  private final EqualityRules rules;
  private final ReportProperties properties;
  private final WorkingDayCalendar calendar;
  private final Baseline baseline;
  private final InstitutionSettings institutions;

  public EqualityReportService(ReportRecords records, RecruitmentStatistics recruitment,
      EqualityRules rules, ReportProperties properties, WorkingDayCalendar calendar,
      InstitutionSettings institutions) {
    this.institutions = institutions;
    this.records = records;
    this.recruitment = recruitment;
    this.rules = rules;
    this.properties = properties;
    this.calendar = calendar;
    this.baseline = Baseline.read(properties.baseline());
  }

  public Baseline baseline() {
    return baseline;
  }

  public ReportProperties properties() {
    return properties;
  }

  /** The report of the year; the year must be between the first plan year and today's year. */
  public EqualityReport compute(String institution, int year) {
    Objects.requireNonNull(institution, "institution");
    Year current = year(institution, year);
    boolean againstBaseline = year - 1 <= Baseline.YEAR;
    Year previous = againstBaseline ? null : year(institution, year - 1);

    StaffComparison comparison = againstBaseline
        ? compare(BASELINE, baseline.group("STAFF"), current.staffGroups,
            baselineGroups(), baselineOccupancy(), current.overall)
        : compare(String.valueOf(year - 1), previous.overall, current.staffGroups,
            previous.staffGroups, previous.occupancy, current.overall);
    Staff staff = new Staff(current.overall, current.byDepartment, current.byCategory,
        current.leadership, current.occupancy, comparison);

    Map<String, String> previousValues = new LinkedHashMap<>();
    if (againstBaseline) {
      previousValues.put("IND-6.1b", leadershipText(baseline.group("LEADERSHIP")));
    } else {
      previous.indicators.forEach(i -> previousValues.put(i.id(), i.value()));
    }
    List<Indicator> indicators = current.indicators.stream()
        .map(i -> new Indicator(i.id(), i.label(), i.source(), i.value(),
            previousValues.getOrDefault(i.id(), "n/a"), i.target(), i.status()))
        .toList();
    int monitored = (int) indicators.stream().filter(Year::monitored).count();
    int met = (int) indicators.stream().filter(i -> "MET".equals(i.status())).count();

    return new EqualityReport(institution, year, LocalDate.of(year, 12, 31),
        calendar.today().isAfter(LocalDate.of(year, 12, 31)),
        againstBaseline ? BASELINE : String.valueOf(year - 1), staff, current.recruitment,
        current.training, current.complaints,
        new EqualityReport.Indicators(indicators, monitored, met), current.analysisTriggers,
        equalityPlan(institution, year));
  }

  /**
   * The institution's gender equality plan in the year, said plainly: in force (with its days)
   * or none, in which case the figures are only a record, without the plan's targets.
   */
  String equalityPlan(String institution, int year) {
    LocalDate today = calendar.today();
    LocalDate day = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
    return institutions.equalityPlan(institution).filter(plan -> plan.inForceOn(day))
        .map(plan -> "Planul pentru egalitate de gen al instituției este în vigoare din "
            + plan.from().format(DisplayDates.DAY)
            + (plan.to() == null ? "." : " până la " + plan.to().format(DisplayDates.DAY) + "."))
        .orElse("Instituția nu are un plan pentru egalitate de gen în vigoare: cifrele de mai "
            + "jos sunt doar o evidență, fără obiectivele și obligațiile unui plan.");
  }

  /** What one year's records give, before the comparison. */
  private static final class Year {
    GenderSplit overall;
    Map<String, GenderSplit> byDepartment;
    Map<String, GenderSplit> byCategory;
    Map<String, GenderSplit> staffGroups;
    List<LeadershipGroup> leadership;
    Occupancy occupancy;
    List<String> analysisTriggers;
    RecruitmentReport recruitment;
    Training training;
    Complaints complaints;
    List<Indicator> indicators;

    static boolean monitored(Indicator indicator) {
      return "COMPUTED".equals(indicator.source()) && !"n/a".equals(indicator.value());
    }
  }

  private Year year(String institution, int year) {
    Year y = new Year();
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    List<Employee> staff = records.staffOn(yearEnd);
    staffComposition(y, staff);

    List<CompletedContest> contests = recruitment.contestsCompleted(institution, year);
    List<Long> ids = contests.stream().map(CompletedContest::id).toList();
    List<Seat> seats = recruitment.seats(ids);
    List<CandidateGender> candidates = recruitment.candidates(ids);
    List<CandidateGender> hires = recruitment.hires(institution, year);
    Set<Long> leadershipIds = contests.stream()
        .filter(c -> "LEADERSHIP".equals(c.postCategory())).map(CompletedContest::id)
        .collect(Collectors.toSet());
    Predicate<CandidateGender> leadershipPost = c -> "LEADERSHIP".equals(c.postCategory());
    y.recruitment = new RecruitmentReport(
        recruitment(contests, seats, candidates, hires),
        recruitment(contests.stream().filter(c -> leadershipIds.contains(c.id())).toList(),
            seats.stream().filter(s -> leadershipIds.contains(s.contestId())).toList(),
            candidates.stream().filter(leadershipPost).toList(),
            hires.stream().filter(leadershipPost).toList()));

    List<Session> sessions = records.sessions(institution, LocalDate.of(year, 1, 1), yearEnd);
    List<Attendance> attendances = records.attendances(institution, year);
    y.training = training(sessions, attendances, staff, y.overall);
    y.complaints = complaints(records.complaintsUntil(institution, year), year);

    int workshops = records.sessions(institution,
        LocalDate.of(Math.min(properties.firstYear(), year), 1, 1), yearEnd).stream()
        .filter(s -> "SPECIALISED_WORKSHOP".equals(s.sessionType())).toList().size();
    y.indicators = indicators(institution, year, y, workshops);
    return y;
  }

  private void staffComposition(Year y, List<Employee> staff) {
    y.overall = GenderSplit.NONE;
    y.byDepartment = new TreeMap<>();
    y.byCategory = new TreeMap<>();
    y.staffGroups = new LinkedHashMap<>();
    LEADERSHIP_GROUPS.keySet().forEach(g -> y.staffGroups.put(g, GenderSplit.NONE));
    for (Employee e : staff) {
      y.overall = y.overall.plus(e.gender());
      y.byDepartment.merge(e.department(), GenderSplit.NONE.plus(e.gender()), GenderSplit::plus);
      y.byCategory.merge(e.employeeCategory() == null ? NOT_RECORDED : e.employeeCategory(),
          GenderSplit.NONE.plus(e.gender()), GenderSplit::plus);
      String level = e.leadershipLevel();
      if (level != null && y.staffGroups.containsKey(level)) {
        y.staffGroups.merge(level, GenderSplit.NONE.plus(e.gender()), GenderSplit::plus);
        y.staffGroups.merge("LEADERSHIP", GenderSplit.NONE.plus(e.gender()), GenderSplit::plus);
      }
    }
    y.leadership = new ArrayList<>();
    y.analysisTriggers = new ArrayList<>();
    y.staffGroups.forEach((group, split) -> {
      LeadershipGroup g = leadershipGroup(group, split);
      y.leadership.add(g);
      trigger(y.analysisTriggers, g.label(), "femei", split.female(), split, g.women());
      trigger(y.analysisTriggers, g.label(), "bărbați", split.male(), split, g.men());
    });
    y.occupancy = new Occupancy(properties.plannedPosts(), y.overall.total(),
        properties.plannedPosts() == null ? null
            : Percentages.percent(y.overall.total(), properties.plannedPosts()));
  }

  private LeadershipGroup leadershipGroup(String group, GenderSplit split) {
    return new LeadershipGroup(group, LEADERSHIP_GROUPS.get(group), split,
        rules.representation(split.female(), split.recorded()),
        rules.representation(split.male(), split.recorded()));
  }

  private static void trigger(List<String> triggers, String label, String gender, int count,
      GenderSplit split, GenderRepresentation representation) {
    if (representation.analysisTrigger()) {
      triggers.add("%s: %s %d din %d (%s), sub o treime".formatted(label, gender, count,
          split.recorded(), Percentages.display(Percentages.percent(count, split.recorded()))));
    }
  }

  private Map<String, GenderSplit> baselineGroups() {
    Map<String, GenderSplit> groups = new LinkedHashMap<>();
    LEADERSHIP_GROUPS.keySet().forEach(g -> {
      GenderSplit split = baseline.group(g);
      if (split != null) {
        groups.put(g, split);
      }
    });
    return groups;
  }

  private Occupancy baselineOccupancy() {
    int occupied = baseline.group("STAFF").total();
    return new Occupancy(baseline.plannedPosts(), occupied, baseline.plannedPosts() == null
        ? null : Percentages.percent(occupied, baseline.plannedPosts()));
  }

  private StaffComparison compare(String against, GenderSplit previousOverall,
      Map<String, GenderSplit> groups, Map<String, GenderSplit> previousGroups,
      Occupancy previousOccupancy, GenderSplit overall) {
    List<LeadershipComparison> leadership = new ArrayList<>();
    previousGroups.forEach((group, previous) -> {
      GenderSplit now = groups.getOrDefault(group, GenderSplit.NONE);
      leadership.add(new LeadershipComparison(group, previous,
          rules.representation(previous.female(), previous.recorded()),
          rules.representation(previous.male(), previous.recorded()),
          Percentages.differencePp(now.female(), now.recorded(), previous.female(),
              previous.recorded()),
          Percentages.differencePp(now.male(), now.recorded(), previous.male(),
              previous.recorded())));
    });
    return new StaffComparison(against, previousOverall,
        Percentages.differencePp(overall.female(), overall.recorded(), previousOverall.female(),
            previousOverall.recorded()),
        Percentages.differencePp(overall.male(), overall.recorded(), previousOverall.male(),
            previousOverall.recorded()),
        leadership, previousOccupancy);
  }

  private static Recruitment recruitment(List<CompletedContest> contests, List<Seat> seats,
      List<CandidateGender> candidates, List<CandidateGender> hires) {
    GenderSplit candidateSplit = GenderSplit.NONE;
    for (CandidateGender c : candidates) {
      candidateSplit = candidateSplit.plus(c.gender());
    }
    GenderSplit hired = GenderSplit.NONE;
    for (CandidateGender h : hires) {
      hired = hired.plus(h.gender());
    }
    GenderSplit seatSplit = GenderSplit.NONE;
    Map<String, GenderSplit> commissions = new LinkedHashMap<>();
    for (Seat s : seats) {
      seatSplit = seatSplit.plus(s.gender());
      commissions.merge(s.contestId() + "/" + s.commission(), GenderSplit.NONE.plus(s.gender()),
          GenderSplit::plus);
    }
    Set<Long> justified = new HashSet<>();
    for (CompletedContest c : contests) {
      if (c.commissionGenderJustification() != null
          && !c.commissionGenderJustification().isBlank()) {
        justified.add(c.id());
      }
    }
    int mixed = 0;
    int single = 0;
    int singleJustified = 0;
    for (Map.Entry<String, GenderSplit> commission : commissions.entrySet()) {
      GenderSplit split = commission.getValue();
      if (split.female() > 0 && split.male() > 0) {
        mixed++;
      } else if (split.unrecorded() == 0) {
        single++;
        long contestId = Long.parseLong(commission.getKey().split("/")[0]);
        if (justified.contains(contestId)) {
          singleJustified++;
        }
      }
    }
    int count = contests.size();
    return new Recruitment(count, candidateSplit, hired,
        Rate.of(hired.female(), candidateSplit.female()),
        Rate.of(hired.male(), candidateSplit.male()), seatSplit, commissions.size(),
        Rate.of(mixed, commissions.size()), single, singleJustified,
        Rate.of((int) contests.stream().filter(CompletedContest::anonymousFirstStage).count(),
            count),
        Rate.of((int) contests.stream()
            .filter(c -> "OK".equals(c.announcementCompliance())).count(), count));
  }

  private Training training(List<Session> sessions, List<Attendance> attendances,
      List<Employee> staff, GenderSplit staffSplit) {
    Map<String, Integer> byType = new LinkedHashMap<>();
    SESSION_TYPES.forEach(t -> byType.put(t, 0));
    Map<Long, Session> byId = new LinkedHashMap<>();
    for (Session s : sessions) {
      byType.merge(s.sessionType(), 1, Integer::sum);
      byId.put(s.id(), s);
    }
    Set<String> active = staff.stream().map(Employee::userId).collect(Collectors.toSet());
    Set<String> trained = attendances.stream()
        .filter(a -> "GENERAL_EQUALITY".equals(byId.get(a.sessionId()).sessionType()))
        .map(Attendance::userId).filter(active::contains).collect(Collectors.toSet());

    GenderSplit professional = GenderSplit.NONE;
    Map<Long, GenderSplit> perCourse = new LinkedHashMap<>();
    for (Attendance a : attendances) {
      if ("PROFESSIONAL_DEVELOPMENT".equals(byId.get(a.sessionId()).sessionType())) {
        professional = professional.plus(a.gender());
        perCourse.merge(a.sessionId(), GenderSplit.NONE.plus(a.gender()), GenderSplit::plus);
      }
    }
    List<Course> courses = new ArrayList<>();
    for (Session s : sessions) {
      if ("PROFESSIONAL_DEVELOPMENT".equals(s.sessionType())) {
        courses.add(new Course(s.id(), s.title(), s.heldOn(),
            participation(perCourse.getOrDefault(s.id(), GenderSplit.NONE), staffSplit)));
      }
    }
    return new Training(byType, Rate.of(trained.size(), active.size()),
        participation(professional, staffSplit), courses);
  }

  private Participation participation(GenderSplit participations, GenderSplit staff) {
    BalanceMode mode = properties.trainingBalanceMode();
    int bigP = participations.recorded();
    int bigS = staff.recorded();
    TrainingBalance women = rules.trainingBalance(participations.female(), bigP, staff.female(),
        bigS, mode);
    TrainingBalance men = rules.trainingBalance(participations.male(), bigP, staff.male(), bigS,
        mode);
    return new Participation(participations, staff, mode,
        Percentages.differencePp(participations.female(), bigP, staff.female(), bigS),
        Percentages.differencePp(participations.male(), bigP, staff.male(), bigS),
        Percentages.relativeDeviation(participations.female(), bigP, staff.female(), bigS),
        Percentages.relativeDeviation(participations.male(), bigP, staff.male(), bigS),
        women, men, TrainingBalance.overall(women, men));
  }

  private Complaints complaints(List<Complaint> complaints, int year) {
    Timestamp start = Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay());
    Timestamp end = Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay());
    int received = 0;
    int resolved = 0;
    int open = 0;
    int retaliation = 0;
    int substantiated = 0;
    for (Complaint c : complaints) {
      boolean receivedInYear = !c.receivedAt().before(start);
      boolean closedInYear = c.closedAt() != null && !c.closedAt().before(start)
          && c.closedAt().before(end);
      if (receivedInYear) {
        received++;
        if ("RETALIATION".equals(c.complaintType())) {
          retaliation++;
        }
      }
      if (closedInYear) {
        resolved++;
        if ("SUBSTANTIATED".equals(c.outcome())) {
          substantiated++;
        }
      }
      if (c.closedAt() == null || !c.closedAt().before(end)) {
        open++;
      }
    }
    int threshold = properties.smallNumberThreshold();
    List<String> suppressed = new ArrayList<>();
    Integer publishedRetaliation = retaliation;
    if (retaliation < threshold || received - retaliation < threshold) {
      publishedRetaliation = null;
      suppressed.add("retaliation");
    }
    Integer publishedSubstantiated = substantiated;
    if (substantiated < threshold || resolved - substantiated < threshold) {
      publishedSubstantiated = null;
      suppressed.add("substantiated");
    }
    return new Complaints(received, resolved, open, publishedRetaliation,
        publishedSubstantiated, threshold, suppressed);
  }

  private List<Indicator> indicators(String institution, int year, Year y, int workshops) {
    List<Indicator> list = new ArrayList<>();
    int published = records.reportsPublished(institution, year);
    list.add(decided("IND-1.2a", String.valueOf(published), "≥ 1 pe an", published, 0, null));
    list.add(null); // IND-3.2a, once the others are known
    list.add(null); // IND-3.3c, idem
    int general = y.training.sessionsByType().get("GENERAL_EQUALITY");
    list.add(decided("IND-4.1a", String.valueOf(general), "≥ 1 pe an", general, 0, null));
    Rate trained = y.training.staffTrained();
    list.add(decided("IND-4.1b", rateText(trained), "100% din personalul activ la 31 decembrie",
        trained.count(), trained.total(), null));
    list.add(informational("IND-4.2", workshops + " (" + properties.firstYear() + "–" + year
        + ")", "≥ 2 până în 2029, cu participarea a peste 90% din persoanele țintă (lista "
        + "persoanelor țintă nu este ținută în Dosar)"));
    GenderSplit leadership = y.staffGroups.get("LEADERSHIP");
    list.add(decided("IND-6.1b", leadershipText(leadership),
        "minimum 40% pentru fiecare gen până în 2029",
        Math.min(leadership.female(), leadership.male()), leadership.recorded(), null));
    RecruitmentReport r = y.recruitment;
    list.add(informational("IND-7.1b", r.all().candidates().recorded() == 0
        && r.all().hired().recorded() == 0 ? "n/a" : "candidați: " + splitText(r.all()
        .candidates()) + "; angajați: " + splitText(r.all().hired()), "fără țintă numerică"));
    Participation p = y.training.professionalDevelopment();
    list.add(decided("IND-7.2a", p.result() == TrainingBalance.NOT_APPLICABLE ? "n/a"
            : "participări: " + splitText(p.participations()) + "; personal: "
            + splitText(p.staff()) + " (" + p.result() + ")",
        "abatere sub 10 " + (p.mode() == BalanceMode.PP ? "p.p." : "% (relativ)")
            + " față de ponderea genului în personal", 0, 0, p.result()));
    list.add(informational("IND-9.2b", "primite " + y.complaints.received() + ", soluționate "
        + y.complaints.resolved(), "raportate numai statistic"));
    int antiHarassment = y.training.sessionsByType().get("ANTI_HARASSMENT");
    list.add(decided("IND-9.3a", String.valueOf(antiHarassment), "≥ 1 pe an", antiHarassment, 0,
        null));

    int monitored = 2 + (int) list.stream().filter(Objects::nonNull).filter(Year::monitored)
        .count();
    list.set(1, decided("IND-3.2a", String.valueOf(monitored), "≥ 10", monitored, 0, null));
    int met = (int) list.stream().filter(Objects::nonNull)
        .filter(i -> "MET".equals(i.status())).count();
    list.set(2, informational("IND-3.3c", String.valueOf(met), "fără țintă numerică"));
    Indicators.NOT_RECORDED.forEach((id, label) -> list.add(new Indicator(id, label,
        "NOT_RECORDED", "n/a", "n/a", "ținut în afara Dosar", "INFORMATIONAL")));
    return list;
  }

  private Indicator decided(String id, String value, String target, int count, int total,
      TrainingBalance balance) {
    IndicatorStatus status = rules.indicatorTargetStatus(id, count, total, balance);
    return new Indicator(id, Indicators.COMPUTED.get(id), "COMPUTED",
        status == IndicatorStatus.NOT_APPLICABLE ? "n/a" : value, "n/a", target, status.name());
  }

  private static Indicator informational(String id, String value, String target) {
    return new Indicator(id, Indicators.COMPUTED.get(id), "COMPUTED", value, "n/a", target,
        "INFORMATIONAL");
  }

  static String rateText(Rate rate) {
    return rate.count() + " din " + rate.total() + " (" + Percentages.display(rate.percent())
        + ")";
  }

  static String splitText(GenderSplit split) {
    return "femei " + Percentages.display(split.femalePercent()) + ", bărbați "
        + Percentages.display(split.malePercent());
  }

  static String leadershipText(GenderSplit split) {
    return split.recorded() == 0 ? "n/a" : "femei " + split.female() + " ("
        + Percentages.display(split.femalePercent()) + "), bărbați " + split.male() + " ("
        + Percentages.display(split.malePercent()) + ") din " + split.recorded();
  }
}
