package ro.dosar.evaluation;

/**
 * The grade (calificativ) of a professional performance evaluation, as the table
 * {@code dmn/evaluation/evaluation-grade.dmn} names it (Annex Art. 14, spec §5.2.9).
 */
public enum Grade {
  /** 1.00–2.00: nesatisfăcător. */
  NESATISFACATOR,
  /** 2.01–3.50: satisfăcător. */
  SATISFACATOR,
  /** 3.51–4.50: bine. */
  BINE,
  /** 4.51–5.00: foarte bine. */
  FOARTE_BINE
}
