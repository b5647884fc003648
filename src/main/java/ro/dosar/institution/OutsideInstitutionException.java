package ro.dosar.institution;

/**
 * A record (or an institution named in a request) that is not the current user's institution's:
 * answered 404, worded as if it did not exist, and nothing is changed.
 */
public class OutsideInstitutionException extends RuntimeException {

  public static final String MESSAGE =
      "Înregistrarea nu există sau nu aparține instituției dumneavoastră.";

  public OutsideInstitutionException() {
    super(MESSAGE);
  }
}
