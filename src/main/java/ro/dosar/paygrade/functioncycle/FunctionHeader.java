package ro.dosar.paygrade.functioncycle;

/**
 * The header block of the function evaluation form (Reg. Annex 2; spec §3.8): who submits it and
 * which function it evaluates, each with its code. Nothing about the holder of the function: the
 * score is given from the job description, not from the holder's gender or salary or the
 * function's current grade (Reg. pt. 26, 35, 36).
 *
 * @param authorityName "Denumirea autorității", required
 * @param authorityCode its code; null if none
 * @param unitName "Denumirea unității bugetare", required
 * @param unitCode its code; null if none
 * @param occupationalGroup "Grup ocupațional", required
 * @param occupationalGroupCode its code; null if none
 * @param functionName "Denumirea funcției", required
 * @param functionCode its code; null if none (the form then shows "x", as in Annex 2; spec Q17)
 */
public record FunctionHeader(String authorityName, String authorityCode, String unitName,
    String unitCode, String occupationalGroup, String occupationalGroupCode, String functionName,
    String functionCode) {

  public FunctionHeader {
    authorityName = required(authorityName, "denumirea autorității");
    authorityCode = optional(authorityCode);
    unitName = required(unitName, "denumirea unității bugetare");
    unitCode = optional(unitCode);
    occupationalGroup = required(occupationalGroup, "grupul ocupațional");
    occupationalGroupCode = optional(occupationalGroupCode);
    functionName = required(functionName, "denumirea funcției");
    functionCode = optional(functionCode);
  }

  private static String required(String value, String field) {
    String text = optional(value);
    if (text == null) {
      throw new IllegalArgumentException(
          "Fișa de evaluare a funcției: lipsește " + field + ".");
    }
    return text;
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
