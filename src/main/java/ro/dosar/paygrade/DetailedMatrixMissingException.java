package ro.dosar.paygrade;

/**
 * The points matrix of the detailed evaluation cannot be used: its file is missing or unreadable,
 * or a cell is missing, blank, not a number, negative, unknown or given twice. The message, in
 * Romanian, names the file and what is wrong. The Regulation leaves the points to the Ministry of
 * Finance's methodology (Reg. pt. 28–29), so no total is computed until the file is complete.
 */
public class DetailedMatrixMissingException extends IllegalStateException {

  public DetailedMatrixMissingException(String message) {
    super(message);
  }
}
