package ro.dosar.equality.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.equality.report.AnnualReports.AnnualReport;
import ro.dosar.equality.report.EqualityReport.Indicator;
import ro.dosar.equality.report.EqualityReport.LeadershipComparison;
import ro.dosar.equality.report.EqualityReport.LeadershipGroup;
import ro.dosar.equality.report.EqualityReport.Participation;
import ro.dosar.equality.report.EqualityReport.Rate;
import ro.dosar.equality.report.EqualityReport.Recruitment;
import ro.dosar.gender.GenderRepresentation;
import ro.dosar.gender.TrainingBalance;
import ro.dosar.institution.InstitutionRepository;

/**
 * The model of the annual monitoring report document ({@code
 * templates/documents/raport-monitorizare-egalitate.html}): the stored figures as Romanian table
 * rows, each indicator beside its previous-year value (for 2026 the end-2025 baseline, "n/a"
 * where there is none), the complaints as counts only, and the Equality Officer's narrative.
 */
@Component
class ReportDocument {

  static final Map<String, String> CATEGORIES = Map.of("CIVIL_SERVANT", "Funcționari publici",
      "CONTRACTUAL", "Personal contractual", EqualityReportService.NOT_RECORDED,
      "Categorie neînregistrată");

  private final InstitutionRepository institutions;
  private final IdentityService identity;

  ReportDocument(InstitutionRepository institutions, IdentityService identity) {
    this.institutions = institutions;
    this.identity = identity;
  }

  Map<String, Object> model(EqualityReport report, AnnualReport stored) {
    Map<String, Object> model = new HashMap<>();
    model.put("institution", institutions.findByCode(report.institution())
        .map(ro.dosar.institution.Institution::name).orElse(report.institution()));
    model.put("year", report.year());
    model.put("snapshotDate", report.snapshotDate().format(DisplayDates.DAY));
    boolean baseline = EqualityReportService.BASELINE.equals(report.comparedWith());
    model.put("comparedWith", baseline ? "situația de referință de la 31.12.2025 (planul, "
        + "Tabelele 1 și 2)" : "anul " + report.comparedWith());
    model.put("previousLabel", baseline ? "31.12.2025" : report.comparedWith());

    List<List<String>> staff = new ArrayList<>();
    var comparison = report.staff().comparison();
    staff.add(staffRow("Total personal", report.staff().overall(), comparison.previousOverall(),
        comparison.femaleDifferencePp(), comparison.maleDifferencePp(), null, null));
    for (LeadershipGroup group : report.staff().leadership()) {
      LeadershipComparison previous = comparison.leadership().stream()
          .filter(c -> c.group().equals(group.group())).findFirst().orElse(null);
      staff.add(staffRow(group.label(), group.split(),
          previous == null ? null : previous.previous(),
          previous == null ? null : previous.femaleDifferencePp(),
          previous == null ? null : previous.maleDifferencePp(), group.women(), group.men()));
    }
    model.put("staffRows", staff);
    List<List<String>> units = new ArrayList<>();
    report.staff().byDepartment().forEach((unit, split) -> units.add(splitRow(unit, split)));
    report.staff().byCategory().forEach((category, split) ->
        units.add(splitRow(CATEGORIES.getOrDefault(category, category), split)));
    model.put("unitRows", units);
    var occupancy = report.staff().occupancy();
    model.put("occupancy", occupancy.plannedPosts() == null
        ? "n/a (numărul posturilor prevăzute nu este configurat)"
        : occupancy.occupied() + " din " + occupancy.plannedPosts() + " ("
            + Percentages.display(occupancy.percent()) + ")");
    var previousOccupancy = comparison.previousOccupancy();
    model.put("previousOccupancy", previousOccupancy == null
        || previousOccupancy.plannedPosts() == null ? "n/a"
        : previousOccupancy.occupied() + " din " + previousOccupancy.plannedPosts() + " ("
            + Percentages.display(previousOccupancy.percent()) + ")");

    Recruitment all = report.recruitment().all();
    Recruitment leadership = report.recruitment().leadership();
    List<List<String>> recruitment = new ArrayList<>();
    recruitment.add(List.of("Concursuri finalizate", "" + all.contestsCompleted(),
        "" + leadership.contestsCompleted()));
    recruitment.add(List.of("Candidați femei / bărbați / gen nedeclarat",
        counts(all.candidates()), counts(leadership.candidates())));
    recruitment.add(List.of("Candidați: ponderea femeilor / bărbaților",
        EqualityReportService.splitText(all.candidates()),
        EqualityReportService.splitText(leadership.candidates())));
    recruitment.add(List.of("Angajați (prezentați la post) femei / bărbați",
        counts(all.hired()), counts(leadership.hired())));
    recruitment.add(List.of("Rata de selecție a femeilor", rate(all.femaleSelectionRate()),
        rate(leadership.femaleSelectionRate())));
    recruitment.add(List.of("Rata de selecție a bărbaților", rate(all.maleSelectionRate()),
        rate(leadership.maleSelectionRate())));
    recruitment.add(List.of("Locuri în comisii (CC, CSC) femei / bărbați / neînregistrat",
        counts(all.commissionSeats()), counts(leadership.commissionSeats())));
    recruitment.add(List.of("Comisii mixte", rate(all.mixedCommissions()),
        rate(leadership.mixedCommissions())));
    recruitment.add(List.of("Comisii de un singur gen (din care justificate)",
        all.singleGenderCommissions() + " (" + all.singleGenderJustified() + ")",
        leadership.singleGenderCommissions() + " (" + leadership.singleGenderJustified() + ")"));
    recruitment.add(List.of("Concursuri cu prima etapă anonimă",
        rate(all.anonymousFirstStage()), rate(leadership.anonymousFirstStage())));
    recruitment.add(List.of("Anunțuri conforme", rate(all.compliantAnnouncements()),
        rate(leadership.compliantAnnouncements())));
    model.put("recruitmentRows", recruitment);

    List<List<String>> training = new ArrayList<>();
    report.training().sessionsByType().forEach((type, count) -> training.add(List.of(
        TrainingController.TYPES.getOrDefault(type, type), "" + count)));
    model.put("trainingRows", training);
    model.put("staffTrained", EqualityReportService.rateText(report.training().staffTrained()));
    model.put("participation", participation(report.training().professionalDevelopment()));

    var complaints = report.complaints();
    List<List<String>> complaintRows = new ArrayList<>();
    complaintRows.add(List.of("Sesizări primite în an", "" + complaints.received()));
    complaintRows.add(List.of("Sesizări soluționate în an", "" + complaints.resolved()));
    complaintRows.add(List.of("Sesizări nesoluționate la 31 decembrie",
        "" + complaints.openAtYearEnd()));
    complaintRows.add(List.of("Din cele primite: represalii", complaints.retaliation() == null
        ? "nepublicat (sub " + complaints.threshold() + ")" : "" + complaints.retaliation()));
    complaintRows.add(List.of("Din cele soluționate: întemeiate",
        complaints.substantiated() == null
            ? "nepublicat (sub " + complaints.threshold() + ")" : "" + complaints.substantiated()));
    model.put("complaintRows", complaintRows);
    model.put("threshold", complaints.threshold());

    List<List<String>> indicators = new ArrayList<>();
    List<String> notRecorded = new ArrayList<>();
    for (Indicator i : report.indicators().indicators()) {
      if ("COMPUTED".equals(i.source())) {
        indicators.add(List.of(i.id(), i.label(), i.value(), i.previous(), i.target(),
            status(i.status())));
      } else {
        notRecorded.add(i.id());
      }
    }
    model.put("indicatorRows", indicators);
    model.put("notRecorded", String.join(", ", notRecorded));
    model.put("monitored", report.indicators().monitored());
    model.put("met", report.indicators().met());
    model.put("analysisTriggers", report.analysisTriggers());

    model.put("recommendations", stored.recommendations());
    model.put("difficulties", stored.difficulties());
    model.put("approvedOn", DisplayDates.day(stored.approvedOn(), "—"));
    model.put("approvedBy", name(stored.approvedBy()));
    return model;
  }

  private static List<String> staffRow(String label, GenderSplit split, GenderSplit previous,
      BigDecimal femaleDifference, BigDecimal maleDifference, GenderRepresentation women,
      GenderRepresentation men) {
    return List.of(label, "" + split.female(), "" + split.male(), "" + split.unrecorded(),
        Percentages.display(split.femalePercent()), Percentages.display(split.malePercent()),
        previous == null ? "n/a" : Percentages.display(previous.femalePercent()) + " / "
            + Percentages.display(previous.malePercent()),
        Percentages.displayPp(femaleDifference) + " / " + Percentages.displayPp(maleDifference),
        women == null ? "—" : representation(women.status()) + " / "
            + representation(men.status()));
  }

  private static List<String> splitRow(String label, GenderSplit split) {
    return List.of(label, "" + split.female(), "" + split.male(), "" + split.unrecorded(),
        Percentages.display(split.femalePercent()), Percentages.display(split.malePercent()));
  }

  private static String counts(GenderSplit split) {
    return split.female() + " / " + split.male() + " / " + split.unrecorded();
  }

  private static String rate(Rate rate) {
    return EqualityReportService.rateText(rate);
  }

  private static String participation(Participation p) {
    if (p.result() == TrainingBalance.NOT_APPLICABLE) {
      return "n/a (nicio participare la formarea profesională sau niciun angajat cu genul "
          + "înregistrat)";
    }
    return "Participări femei / bărbați: " + p.participations().female() + " / "
        + p.participations().male() + " (" + EqualityReportService.splitText(p.participations())
        + "); personal: " + EqualityReportService.splitText(p.staff()) + "; abatere femei "
        + Percentages.displayPp(p.femaleDeviationPp()) + ", bărbați "
        + Percentages.displayPp(p.maleDeviationPp()) + "; rezultat: "
        + (p.result() == TrainingBalance.BALANCED ? "echilibrat" : "dezechilibrat")
        + (p.mode() == ro.dosar.gender.BalanceMode.PP ? " (prag: 10 p.p.)"
            : " (prag: 10% abatere relativă)") + ".";
  }

  static String status(String status) {
    return switch (status) {
      case "MET" -> "atinsă";
      case "NOT_MET" -> "neatinsă";
      case "NOT_APPLICABLE" -> "n/a";
      default -> "informativ";
    };
  }

  static String representation(GenderRepresentation.Status status) {
    return switch (status) {
      case NOT_APPLICABLE -> "n/a";
      case UNDER_REPRESENTED_BELOW_30 -> "sub 30%";
      case BELOW_ONE_THIRD -> "sub o treime";
      case BELOW_40_TARGET -> "sub ținta de 40%";
      case TARGET_MET -> "ținta de 40% atinsă";
    };
  }

  private String name(String userId) {
    if (userId == null) {
      return "—";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null || user.getFirstName() == null ? userId
        : user.getFirstName() + " " + user.getLastName();
  }
}
