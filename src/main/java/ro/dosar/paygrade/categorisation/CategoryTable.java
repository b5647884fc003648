package ro.dosar.paygrade.categorisation;

import ro.dosar.paygrade.PaygradeRules;

/**
 * The institution classification tables of Annex 1 to GD 1231/2018 as amended (spec §2.5), each
 * with its decision in {@code dmn/paygrade/institution-category.dmn} and the name of the output
 * that holds the category. Every one of them also outputs {@code ruleId}, the id of the rule that
 * matched.
 */
public enum CategoryTable {

  /** Table 1, position 2 (GD pt. 1(2)(a)): column 1–6 by the number of pupils/children. */
  PRIMARY_EDUCATION(PaygradeRules.CATEGORY_PRIMARY_EDUCATION, "categoryColumn",
      "tabelul 1 (instituții de învățământ, după numărul de elevi/copii)"),
  /** Pt. 4 table, new row (GD pt. 1(2)(b)): column 1–3 by the number of specialist functions. */
  PENITENTIARY_MEDICAL_UNIT(PaygradeRules.CATEGORY_PENITENTIARY_MEDICAL_UNIT, "categoryColumn",
      "tabelul de la pct. 4 (unități medicale din sistemul administrației penitenciare)"),
  /** Pt. 5, compartment I² and Table 3 (GD pt. 1(2)(c)): NATIONAL, I, II or III. */
  PERFORMING_ARTS(PaygradeRules.CATEGORY_PERFORMING_ARTS, "institutionCategory",
      "tabelul 3 (instituții teatrale, organizații concertistice și de impresariat, circuri, "
          + "formații artistice)"),
  /** Pt. 5, compartment I¹ (GD pt. 1(2)(c)): NATIONAL_STATUS for the three named bodies. */
  NATIONAL_STATUS_HERITAGE(PaygradeRules.CATEGORY_NATIONAL_STATUS_HERITAGE, "institutionStatus",
      "compartimentul I¹ de la pct. 5 (instituții cu statut național)"),
  /** Pt. 5, compartment I, and GD pt. 3: the library's evaluation category, or the one it kept. */
  LIBRARY(PaygradeRules.CATEGORY_LIBRARY, "institutionCategory",
      "compartimentul I de la pct. 5 și pct. 3 al hotărârii (biblioteci)");

  /** The output every classification table has besides the category: the matched rule's id. */
  public static final String RULE_ID_OUTPUT = "ruleId";

  private final String decisionKey;
  private final String output;
  private final String romanian;

  CategoryTable(String decisionKey, String output, String romanian) {
    this.decisionKey = decisionKey;
    this.output = output;
    this.romanian = romanian;
  }

  public String decisionKey() {
    return decisionKey;
  }

  /** The name of the output that holds the category ({@code categoryColumn}, …). */
  public String output() {
    return output;
  }

  /** Which table of Annex 1 this is, in Romanian, lower case, for forms and messages. */
  public String romanian() {
    return romanian;
  }
}
