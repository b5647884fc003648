package ro.dosar.equality.report;

import org.springframework.stereotype.Component;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.institution.InstitutionProperties;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.institution.OutsideInstitutionException;

/**
 * The year and institution of a report, as a REST call or the report process gives them, checked
 * with a Romanian message naming the field.
 */
@Component
public class ReportRequests {

  private final InstitutionProperties configured;
  private final InstitutionRepository institutions;
  private final ReportProperties properties;
  private final WorkingDayCalendar calendar;
  private final InstitutionScope scope;

  ReportRequests(InstitutionProperties configured, InstitutionRepository institutions,
      ReportProperties properties, WorkingDayCalendar calendar, InstitutionScope scope) {
    this.scope = scope;
    this.configured = configured;
    this.institutions = institutions;
    this.properties = properties;
    this.calendar = calendar;
  }

  /**
   * A reportable year: from the plan's first year up to the current year (which is reported "to
   * date").
   */
  public int year(String field, Object value) {
    String text = value == null ? "" : value.toString().strip();
    int year;
    try {
      year = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, text.isEmpty()
          ? "Indicați anul raportului („%s”), de exemplu 2026.".formatted(field)
          : "Anul „%s” nu este valid; indicați un an, de exemplu 2026.".formatted(text));
    }
    int current = calendar.today().getYear();
    if (year < properties.firstYear() || year > current) {
      throw new InvalidInputException(field, ("Anul %d nu poate fi raportat: raportul de "
          + "monitorizare acoperă anii de la %d (primul an al planului) până la anul curent, "
          + "%d.").formatted(year, properties.firstYear(), current));
    }
    return year;
  }

  /**
   * The institution's code; blank = the caller's institution (the first configured one for an
   * administrator or the annual timer). Another institution's: {@link
   * OutsideInstitutionException} (404), whoever asks but its own users and administrators.
   */
  public String institution(String field, Object value) {
    String code = value == null ? "" : value.toString().strip();
    if (code.isEmpty() && configured.institutions().isEmpty()) {
      throw new InvalidInputException(field,
          "Nicio instituție nu este configurată (dosar.institutions); indicați instituția.");
    }
    if (!code.isEmpty() && institutions.findByCode(code).isEmpty()) {
      throw new InvalidInputException(field,
          "Instituția „%s” nu există în Dosar.".formatted(code));
    }
    return scope.chosen(code);
  }
}
