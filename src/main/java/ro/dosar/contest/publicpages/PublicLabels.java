package ro.dosar.contest.publicpages;

import java.util.Map;
import org.springframework.stereotype.Component;
import ro.dosar.contest.VacancyType;

/** Romanian words for the codes the public pages show ({@code @publicLabels} in templates). */
@Component
public class PublicLabels {

  private static final Map<String, String> STATUS = Map.ofEntries(
      Map.entry("PUBLISHED", "Anunț publicat, înscrieri"),
      Map.entry("SELECTION", "Selecția dosarelor"),
      Map.entry("SELECTION_CONTESTATIONS", "Contestații la selecția dosarelor"),
      Map.entry("SELECTION_COMPLETED", "Selecția dosarelor încheiată"),
      Map.entry("TESTS", "Probe în desfășurare"),
      Map.entry("FINAL_RESULTS", "Stabilirea rezultatelor finale"),
      Map.entry("FINAL_RESULTS_DISPLAYED", "Rezultate finale afișate"),
      Map.entry("PRESENTING", "Rezultate finale afișate; prezentarea la post"),
      Map.entry("FILLED", "Post ocupat"),
      Map.entry("NOT_FILLED_NO_SHOW_EXHAUSTED", "Post neocupat: niciun candidat nu s-a prezentat"),
      Map.entry("RESTARTED", "Procedură reluată"),
      Map.entry("NOT_FILLED_NO_PASSING_CANDIDATE", "Post neocupat: niciun candidat admis"));

  private static final Map<String, String> RESULT = Map.of(
      "ADMIS", "admis",
      "RESPINS", "respins",
      "ABSENT", "absent",
      "ELIMINAT", "eliminat",
      "ANULAT", "anulat",
      "ADMISĂ", "admisă",
      "RESPINSĂ", "respinsă");

  public String status(String status) {
    return STATUS.getOrDefault(status, status);
  }

  public String result(String result) {
    return result == null ? "" : RESULT.getOrDefault(result, result.toLowerCase());
  }

  public String vacancy(String vacancyType) {
    try {
      return VacancyType.valueOf(vacancyType).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return vacancyType;
    }
  }
}
