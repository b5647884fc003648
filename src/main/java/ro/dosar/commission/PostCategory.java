package ro.dosar.commission;

import java.util.Locale;
import ro.dosar.domain.InvalidInputException;

/**
 * The kind of post a contest is for. It changes the composition of the commissions: for a
 * leadership post at least two members of each commission must hold leadership posts (COM-07,
 * §8.1.5(11)).
 */
public enum PostCategory {

  /** Funcție de execuție. */
  EXECUTION,

  /** Funcție de conducere. */
  LEADERSHIP;

  private static final String ACCEPTED =
      "valori acceptate: EXECUTION (funcție de execuție), LEADERSHIP (funcție de conducere).";

  /**
   * Reads the category sent by a client, ignoring case and surrounding blanks.
   *
   * @param field the name of the field the value came from, for the 400 answer
   * @throws InvalidInputException naming {@code field} when the value is missing or unknown
   */
  public static PostCategory parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field,
          "Categoria postului („%s”) este obligatorie; %s".formatted(field, ACCEPTED));
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (PostCategory category : values()) {
      if (category.name().equals(name)) {
        return category;
      }
    }
    throw new InvalidInputException(field,
        "Categoria postului „%s” nu este cunoscută; %s".formatted(value, ACCEPTED));
  }
}
