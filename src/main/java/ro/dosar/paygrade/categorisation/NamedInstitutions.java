package ro.dosar.paygrade.categorisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The institutions the amended Annex 1 names one by one, with the ids the classification tables
 * use (spec §2.4.1, §2.4): the 20 of Table 3 (performing arts) and the 3 of compartment I¹
 * (national-status heritage bodies). The tables match on ids only; this catalogue turns a name
 * typed by a person into the id, as INT-06 says.
 *
 * <p>Names are kept exactly as the source prints them, with its mix of cedilla (ş ţ) and
 * comma-below (ș ț) letters and its typographic quotes; the only change is the list-separating
 * semicolon after "Licurici", which is not part of the name. {@code CAT2-05} keeps the source's
 * "S uliţî Roz" (the real name is "S Uliţî Roz"; matching ignores case, so both are found).
 */
public final class NamedInstitutions {

  /** A named institution: its id, the table that names it, its name as in the source. */
  public record NamedInstitution(String id, CategoryTable table, String sourceName) {
  }

  /** In the order of the source: Table 3 (national, category I, category II), then I¹. */
  public static final List<NamedInstitution> ALL = List.of(
      new NamedInstitution("NAT-01", CategoryTable.PERFORMING_ARTS,
          "Teatrul Național de Operă şi Balet „Maria Bieşu”, mun. Chişinău"),
      new NamedInstitution("NAT-02", CategoryTable.PERFORMING_ARTS,
          "Filarmonica Naţională „Serghei Lunchevici”"),
      new NamedInstitution("NAT-03", CategoryTable.PERFORMING_ARTS,
          "Teatrul Naţional „Mihai Eminescu”, mun. Chişinău"),
      new NamedInstitution("NAT-04", CategoryTable.PERFORMING_ARTS,
          "Teatrul Naţional de Stat „Vasile Alecsandri”, mun. Bălţi"),
      new NamedInstitution("NAT-05", CategoryTable.PERFORMING_ARTS,
          "Ansamblul Naţional Academic de Dansuri Populare „Joc”"),
      new NamedInstitution("NAT-06", CategoryTable.PERFORMING_ARTS,
          "Teatrul Municipal „Satiricus Ion Luca Caragiale”"),
      new NamedInstitution("NAT-07", CategoryTable.PERFORMING_ARTS,
          "Sala cu Orgă"),
      new NamedInstitution("NAT-08", CategoryTable.PERFORMING_ARTS,
          "Orchestra Prezidenţială a Republicii Moldova"),
      new NamedInstitution("NAT-09", CategoryTable.PERFORMING_ARTS,
          "Teatrul Naţional „Eugene Ionesco”, mun. Chişinău"),
      new NamedInstitution("CAT1-01", CategoryTable.PERFORMING_ARTS,
          "Teatrul Dramatic Rus de Stat „A. P. Cehov”, mun. Chişinău"),
      new NamedInstitution("CAT1-02", CategoryTable.PERFORMING_ARTS,
          "Teatrul Republican „Luceafărul”, mun. Chişinău"),
      new NamedInstitution("CAT1-03", CategoryTable.PERFORMING_ARTS,
          "Teatrul Republican de Păpuşi „Licurici”, mun. Chişinău"),
      new NamedInstitution("CAT1-04", CategoryTable.PERFORMING_ARTS,
          "Teatrul Republican Muzical-Dramatic „B. P. Hasdeu”, or. Cahul"),
      new NamedInstitution("CAT1-05", CategoryTable.PERFORMING_ARTS,
          "Circul din Chişinău"),
      new NamedInstitution("CAT1-06", CategoryTable.PERFORMING_ARTS,
          "Organizaţia Concertistică şi de Impresariat „Moldova-Concert”"),
      new NamedInstitution("CAT2-01", CategoryTable.PERFORMING_ARTS,
          "Centrul de Cultură şi Artă „Ginta Latină”, mun. Chişinău"),
      new NamedInstitution("CAT2-02", CategoryTable.PERFORMING_ARTS,
          "Teatrul „Alexei Mateevici”, mun. Chişinău"),
      new NamedInstitution("CAT2-03", CategoryTable.PERFORMING_ARTS,
          "Teatrul Epic de Etnografie şi Folclor „Ion Creangă”, mun. Chişinău"),
      new NamedInstitution("CAT2-04", CategoryTable.PERFORMING_ARTS,
          "Teatrul Armatei Naţionale"),
      new NamedInstitution("CAT2-05", CategoryTable.PERFORMING_ARTS,
          "Teatrul Dramatic de Stat pentru Tineret „S uliţî Roz”, mun. Chişinău"),
      new NamedInstitution("HER-01", CategoryTable.NATIONAL_STATUS_HERITAGE,
          "Agenția de Inspectare și Restaurare a Monumentelor"),
      new NamedInstitution("HER-02", CategoryTable.NATIONAL_STATUS_HERITAGE,
          "Agenția Națională Arheologică"),
      new NamedInstitution("HER-03", CategoryTable.NATIONAL_STATUS_HERITAGE,
          "Centrul Național de Conservare și de Promovare a Patrimoniului Cultural Imaterial"));

  /** Every combining mark left after canonical decomposition: the cedilla and comma below of
   * ş ș ţ ț, the breve of ă, the circumflex of â î. */
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  /** Straight, typographic, low and angle quotes: „ ” “ " « » ‘ ’ ‚ ' ‹ ›. */
  private static final Pattern QUOTES =
      Pattern.compile("[\"\u201E\u201D\u201C\u00AB\u00BB\u2018\u2019\u201A'\u2039\u203A]");
  /** Any run of white space, including the no-break space. */
  private static final Pattern WHITE_SPACE = Pattern.compile("(?U)[\\s\u00A0]+");

  private NamedInstitutions() {
  }

  /** The institution with this id, whatever the case and surrounding spaces ("nat-01 "). */
  public static Optional<NamedInstitution> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(institution -> institution.id().equals(wanted)).findFirst();
  }

  /**
   * The institution of the table whose name matches, after both names are reduced by {@link
   * #matchKey}; empty if none (the caller then has an institution the table does not name).
   */
  public static Optional<NamedInstitution> byName(CategoryTable table, String name) {
    Objects.requireNonNull(table, "table");
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String wanted = matchKey(name);
    return ALL.stream()
        .filter(institution -> institution.table() == table)
        .filter(institution -> matchKey(institution.sourceName()).equals(wanted))
        .findFirst();
  }

  /**
   * The form of a name that matching compares (INT-06): diacritics removed, which makes the
   * cedilla and comma-below forms (ş/ș, ţ/ț) equal and also finds a name typed without
   * diacritics; quotes removed; lower case; white space collapsed to single spaces and trimmed.
   * "Teatrul Naţional „Mihai Eminescu”, mun. Chişinău" becomes "teatrul national mihai
   * eminescu, mun. chisinau".
   */
  static String matchKey(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String plain = DIACRITICS.matcher(decomposed).replaceAll("");
    String unquoted = QUOTES.matcher(plain).replaceAll("");
    String lower = unquoted.toLowerCase(Locale.ROOT);
    return WHITE_SPACE.matcher(lower).replaceAll(" ").strip();
  }
}
