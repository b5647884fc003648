package ro.dosar.gender;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The automatic part of the announcement check (spec §6.4.1, DMN-6 {@code
 * hasEncouragementStatement}): whether a text holds the plan's model formula „încurajăm atât
 * femeile, cât și bărbații să candideze” ([S7.1]) or a wording HR approved as equivalent. The
 * comparison ignores diacritics (with comma or cedilla), case, punctuation and spacing.
 */
public final class EncouragementStatement {

  /** The plan's model formula, as the announcement should print it. */
  public static final String MODEL_FORMULA =
      "Încurajăm atât femeile, cât și bărbații să candideze.";

  private EncouragementStatement() {
  }

  /** Whether {@code text} holds the model formula or one of {@code equivalents}. */
  public static boolean present(String text, List<String> equivalents) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String haystack = " " + normalized(text) + " ";
    List<String> accepted = new ArrayList<>(List.of(MODEL_FORMULA));
    if (equivalents != null) {
      accepted.addAll(equivalents);
    }
    for (String wording : accepted) {
      String needle = normalized(wording);
      if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, no diacritics, words separated by one space. */
  static String normalized(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
