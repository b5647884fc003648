package ro.dosar.contest;

import java.util.List;

/**
 * The tests of a contest after file selection (spec §10–§12) and the criteria each is scored on.
 * The preparation form gives the maximum points of each criterion ({@code <prefix>Max<n>});
 * together they make 100 (§8.3(1)).
 */
public enum TestType {

  /** Written test: the subjects of the variant drawn (WT-04, WT-08). */
  WRITTEN("proba scrisă", "w", List.of(
      new Criterion("Subiectul 1", true), new Criterion("Subiectul 2", false),
      new Criterion("Subiectul 3", false), new Criterion("Subiectul 4", false),
      new Criterion("Subiectul 5", false))),

  /** Practical test: criteria a)–e) of §8.2.3(2) are mandatory, others may be added (PT-03). */
  PRACTICAL("proba practică", "p", List.of(
      new Criterion("a) Capacitatea de adaptare", true),
      new Criterion("b) Capacitatea de gestionare a situațiilor dificile", true),
      new Criterion("c) Îndemânare și abilitate în realizarea cerințelor practice", true),
      new Criterion("d) Capacitatea de comunicare", true),
      new Criterion("e) Capacitatea de gestionare a resurselor alocate pentru probă", true),
      new Criterion("f) Alte criterii stabilite de comisie", false))),

  /**
   * Interview: criteria a)–f) of §8.2.4(2), of which d) and e) may be left out (§8.2.4(3)); for a
   * leadership post also g)–i) of §8.2.4(4).
   */
  INTERVIEW("interviul", "i", List.of(
      new Criterion("a) Abilități și cunoștințe impuse de funcție", true),
      new Criterion("b) Capacitatea de analiză și sinteză", true),
      new Criterion("c) Motivația candidatului", true),
      new Criterion("d) Comportamentul în situațiile de criză", false),
      new Criterion("e) Abilități de comunicare", false),
      new Criterion("f) Inițiativă și creativitate", true),
      new Criterion("g) Capacitatea de a lua decizii și de a evalua impactul acestora", false),
      new Criterion("h) Exercitarea controlului decizional", false),
      new Criterion("i) Capacitatea managerială", false)));

  /** Positions (1-based) of the interview criteria required for a leadership post only. */
  public static final List<Integer> LEADERSHIP_INTERVIEW_CRITERIA = List.of(7, 8, 9);

  private final String label;
  private final String formPrefix;
  private final List<Criterion> criteria;

  TestType(String label, String formPrefix, List<Criterion> criteria) {
    this.label = label;
    this.formPrefix = formPrefix;
    this.criteria = criteria;
  }

  public String label() {
    return label;
  }

  /** The form key of the maximum points of criterion {@code position} (1-based). */
  public String maxKey(int position) {
    return formPrefix + "Max" + position;
  }

  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * @param label as shown on the score sheet
   * @param mandatory whether the law requires it (maximum points above 0)
   */
  public record Criterion(String label, boolean mandatory) {
  }
}
