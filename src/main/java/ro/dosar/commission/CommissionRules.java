package ro.dosar.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The composition rules of the competition commission (comisia de concurs, CC) and of the
 * contestation commission (comisia de soluționare a contestațiilor, CSC): the one place where
 * they live. The contest process, the REST API and later checks all call {@link #validate}.
 *
 * <p>Rules checked (ids from the specification, §3; paragraphs of subchapter 8.1.5 of the
 * procedure PO.UVT-DRU-01, which follows HG 1336/2022):
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>Rule</th><th>What is checked</th><th>Source</th></tr>
 *   <tr><td>COM-02</td><td>each commission has 3–5 members, the secretary not counted; exactly
 *       one member is president; every member has a user id and appears once</td>
 *       <td>§8.1.5(4)</td></tr>
 *   <tr><td>COM-03</td><td>there is a secretary, from the HR department (D.R.U.), who is not a
 *       member; the same secretary serves both commissions (one secretary in the data)</td>
 *       <td>§8.1.5(5),(6)</td></tr>
 *   <tr><td>COM-07</td><td>for a leadership post, at least two members of the CC and at least
 *       two members of the CSC hold leadership posts</td><td>§8.1.5(11)</td></tr>
 *   <tr><td>COM-08</td><td>no member has a disciplinary sanction that has not been erased</td>
 *       <td>§8.1.5(12)</td></tr>
 *   <tr><td>COM-09</td><td>nobody is a member of both commissions</td><td>§8.1.5(13)</td></tr>
 *   <tr><td>COM-20</td><td>no member is the spouse, a relative or an in-law up to the 4th degree
 *       of a candidate or of another member of either commission (b); no member is in a declared
 *       or established situation of financial relations with a candidate or of subordination to
 *       a candidate (a, c)</td><td>§8.1.5(14); §8.1.5(10)(c)</td></tr>
 * </table>
 *
 * <p>Not checked here, because the data does not carry them: the level of studies and the
 * professional grade of the members (COM-04, COM-05, §8.1.5(2),(3)), their knowledge of the field
 * (COM-06 b, §8.1.5(10)(b)), the union nominee (COM-13, §8.1.5(7),(8)) and the date of the
 * decisions (COM-01, §8.1.5(1)).
 *
 * <p>Every check returns all its violations, so that HR staff can fix a proposal in one pass.
 * Members are compared by user id; messages name them by name ({@link PersonNames}, the staff
 * register), with their department where HR has to find the person (a sanction, a conflict of
 * interest, a relative). Counts (members, presidents, leaders) are counts of distinct
 * identified persons: a member listed twice counts once, and a member without a user id does not
 * count; both are reported on their own.
 */
@Component
public class CommissionRules {

  /** Size of each commission, one president, members identified once. */
  public static final String MEMBERS_AND_PRESIDENT = "COM-02";
  /** One secretary, from HR, not a member. */
  public static final String SECRETARY = "COM-03";
  /** Two members with leadership posts in each commission, for a leadership post. */
  public static final String LEADERSHIP_MEMBERS = "COM-07";
  /** No unerased disciplinary sanction. */
  public static final String DISCIPLINARY_SANCTION = "COM-08";
  /** Nobody on both commissions. */
  public static final String BOTH_COMMISSIONS = "COM-09";
  /** No relatives of candidates or of other members, no conflict of interest. */
  public static final String CONFLICT_OF_INTEREST = "COM-20";
  /** The competition commission's alternates: people who could sit in it. */
  public static final String ALTERNATES = "COM-12";

  static final int MIN_MEMBERS = 3;
  static final int MAX_MEMBERS = 5;
  static final int MIN_LEADERSHIP_MEMBERS = 2;

  /** The order in which commissions are checked and reported. */
  private static final List<CommissionKind> BOTH =
      List.of(CommissionKind.COMPETITION, CommissionKind.CONTESTATION);

  private static final String RELATIVE =
      "este soț, soție, rudă sau afin până la gradul al IV-lea inclusiv cu";
  private final PersonNames names;

  /** The rules, naming people through {@code names} (the staff register in the application). */
  public CommissionRules(PersonNames names) {
    this.names = names;
  }

  private static final String REPLACE_MEMBER = "Înlocuiți-l cu o altă persoană (dacă decizia de "
      + "numire a fost emisă, modificați-o în cel mult două zile lucrătoare de la constatare).";

  /**
   * Checks every rule and returns every violation, rule by rule, the CC before the CSC. The same
   * violation is never reported twice.
   */
  public ValidationResult validate(CommissionComposition composition) {
    List<Violation> violations = new ArrayList<>();
    violations.addAll(membersAndPresident(composition));
    violations.addAll(secretary(composition));
    violations.addAll(leadershipMembers(composition));
    violations.addAll(noUnerasedSanctions(composition));
    violations.addAll(nobodyOnBothCommissions(composition));
    violations.addAll(noRelatives(composition));
    violations.addAll(noConflictsOfInterest(composition));
    return ValidationResult.of(violations.stream().distinct().toList());
  }

  // ---- COM-02 -----------------------------------------------------------------------------------

  /**
   * COM-02 (§8.1.5(4)): each commission has 3 to 5 members besides the secretary, exactly one of
   * them president; each member has a user id and appears only once.
   */
  public List<Violation> membersAndPresident(CommissionComposition composition) {
    List<Violation> violations = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      violations.addAll(memberCount(kind, members));
      violations.addAll(onePresident(kind, members));
      violations.addAll(everyMemberIdentified(kind, members));
      violations.addAll(noDuplicateMembers(kind, members));
    }
    return violations;
  }

  private static List<Violation> memberCount(CommissionKind kind, List<CommissionMember> members) {
    int count = ids(members, member -> true).size();
    if (count >= MIN_MEMBERS && count <= MAX_MEMBERS) {
      return List.of();
    }
    String what = count < MIN_MEMBERS
        ? "Completați comisia până la cel puțin 3 membri."
        : "Reduceți comisia la cel mult 5 membri.";
    return List.of(new Violation(MEMBERS_AND_PRESIDENT,
        "%s %s; fiecare comisie trebuie să aibă între 3 și 5 membri, fără a-l socoti pe "
            .formatted(kind.capitalizedLabel(), has(count, "membru", "membri"))
            + "secretar. " + what));
  }

  private List<Violation> onePresident(CommissionKind kind, List<CommissionMember> members) {
    if (members.isEmpty()) {
      return List.of(); // the member count already says what to do with an empty commission
    }
    Set<String> presidents = ids(members, CommissionMember::president);
    if (presidents.size() == 1) {
      return List.of();
    }
    String message = presidents.isEmpty()
        ? "%s nu are președinte; exact un membru trebuie să aibă calitatea de președinte. "
            .formatted(kind.capitalizedLabel())
            + "Desemnați unul dintre membri ca președinte."
        : "%s are %d președinți (%s); exact un membru trebuie să aibă calitatea de președinte. "
            .formatted(kind.capitalizedLabel(), presidents.size(), quoted(presidents))
            + "Păstrați această calitate unui singur membru.";
    return List.of(new Violation(MEMBERS_AND_PRESIDENT, message));
  }

  private static List<Violation> everyMemberIdentified(
      CommissionKind kind, List<CommissionMember> members) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).hasNoUserId()) {
        violations.add(new Violation(MEMBERS_AND_PRESIDENT,
            "Membrul de pe poziția %d din %s nu are identificator de utilizator; fiecare membru "
                .formatted(i + 1, kind.label())
                + "trebuie să fie o persoană identificată. Completați identificatorul sau "
                + "eliminați poziția."));
      }
    }
    return violations;
  }

  private List<Violation> noDuplicateMembers(
      CommissionKind kind, List<CommissionMember> members) {
    Map<String, Long> occurrences = members.stream()
        .filter(member -> !member.hasNoUserId())
        .collect(Collectors.groupingBy(CommissionMember::userId, LinkedHashMap::new,
            Collectors.counting()));
    List<Violation> violations = new ArrayList<>();
    occurrences.forEach((userId, times) -> {
      if (times > 1) {
        violations.add(new Violation(MEMBERS_AND_PRESIDENT,
            "Membrul „%s” apare de %d ori în %s; o persoană poate fi numită o singură dată în "
                .formatted(names.name(userId), times, kind.label())
                + "aceeași comisie. Eliminați înregistrările în plus."));
      }
    });
    return violations;
  }

  // ---- COM-03 -----------------------------------------------------------------------------------

  /**
   * COM-03 (§8.1.5(5),(6)): both commissions have one secretary, a person from the HR department,
   * who is not a member of either commission.
   */
  public List<Violation> secretary(CommissionComposition composition) {
    Secretary secretary = composition.secretary();
    if (secretary == null || secretary.hasNoUserId()) {
      return List.of(new Violation(SECRETARY,
          "Comisiile nu au secretar; secretariatul comisiei de concurs și al comisiei de "
              + "soluționare a contestațiilor se asigură de aceeași persoană din Departamentul "
              + "Resurse Umane (D.R.U.). Numiți secretarul prin decizia de constituire."));
    }
    List<Violation> violations = new ArrayList<>();
    if (!secretary.isFromHr()) {
      String department = secretary.department() == null || secretary.department().isEmpty()
          ? "nu are departamentul indicat"
          : "este din departamentul „%s”".formatted(secretary.department());
      violations.add(new Violation(SECRETARY,
          "Secretarul „%s” %s; secretariatul comisiilor se asigură de o persoană din "
              .formatted(names.name(secretary.userId()), department)
              + "Departamentul Resurse Umane (D.R.U.). Numiți ca secretar o persoană din D.R.U."));
    }
    for (CommissionKind kind : BOTH) {
      if (ids(composition.members(kind), member -> true).contains(secretary.userId())) {
        violations.add(new Violation(SECRETARY,
            "Secretarul „%s” figurează și ca membru în %s; secretarul nu are calitatea de "
                .formatted(names.name(secretary.userId()), kind.label())
                + "membru. Eliminați-l dintre membri sau numiți alt secretar."));
      }
    }
    return violations;
  }

  // ---- COM-07 -----------------------------------------------------------------------------------

  /**
   * COM-07 (§8.1.5(11)): for a leadership post, at least two members of the CC, and separately at
   * least two members of the CSC, hold leadership posts. Nothing to check for an execution post.
   */
  public List<Violation> leadershipMembers(CommissionComposition composition) {
    if (composition.postCategory() != PostCategory.LEADERSHIP) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      Set<String> leaders = ids(members, CommissionMember::leadershipPost);
      if (members.isEmpty() || leaders.size() >= MIN_LEADERSHIP_MEMBERS) {
        continue; // an empty commission is reported once, by the member count
      }
      String listed = leaders.isEmpty() ? "" : " (%s)".formatted(quoted(leaders));
      violations.add(new Violation(LEADERSHIP_MEMBERS,
          "%s %s%s; pentru un post de conducere, cel puțin doi membri ai fiecărei comisii "
              .formatted(kind.capitalizedLabel(),
                  has(leaders.size(), "membru cu funcție de conducere",
                      "membri cu funcție de conducere"), listed)
              + "trebuie să dețină funcții de conducere. Numiți în comisie membri cu funcție de "
              + "conducere până la cel puțin doi."));
    }
    return violations;
  }

  // ---- COM-08 -----------------------------------------------------------------------------------

  /** COM-08 (§8.1.5(12)): no member has a disciplinary sanction that has not been erased. */
  public List<Violation> noUnerasedSanctions(CommissionComposition composition) {
    List<Violation> violations = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).unerasedSanction()) {
          violations.add(new Violation(DISCIPLINARY_SANCTION,
              "%s din %s are o sancțiune disciplinară neradiată; o persoană sancționată "
                  .formatted(who(members.get(i), i), kind.label())
                  + "disciplinar, a cărei sancțiune nu a fost radiată, nu poate fi membru al "
                  + "comisiilor. " + REPLACE_MEMBER));
        }
      }
    }
    return violations;
  }

  // ---- COM-09 -----------------------------------------------------------------------------------

  /** COM-09 (§8.1.5(13)): membership of the CC is incompatible with membership of the CSC. */
  public List<Violation> nobodyOnBothCommissions(CommissionComposition composition) {
    Set<String> onBoth = ids(composition.competition(), member -> true);
    onBoth.retainAll(ids(composition.contestation(), member -> true));
    return onBoth.stream()
        .map(userId -> new Violation(BOTH_COMMISSIONS,
            "Persoana „%s” este membru atât în comisia de concurs, cât și în comisia de "
                .formatted(names.name(userId))
                + "soluționare a contestațiilor; calitatea de membru într-una este incompatibilă "
                + "cu calitatea de membru în cealaltă. Păstrați-o într-o singură comisie."))
        .toList();
  }

  // ---- COM-12 -----------------------------------------------------------------------------------

  /**
   * COM-12 (Annex 4, the CC's decision names its alternate members; §8.1.5(5),(12),(13)): an
   * alternate replaces a member of the competition commission, so he must be someone who could
   * sit in it: not already a member of either commission (a CSC member would end up on both), not
   * the secretary, listed once, without a disciplinary sanction not erased.
   */
  public List<Violation> alternates(CommissionComposition composition,
      List<CommissionMember> alternates) {
    Set<String> seated = ids(composition.competition(), member -> true);
    seated.addAll(ids(composition.contestation(), member -> true));
    String secretary = composition.secretary() == null ? null
        : composition.secretary().userId();
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CommissionMember alternate : alternates) {
      String id = alternate.userId();
      String name = names.name(id);
      if (!seen.add(id)) {
        violations.add(new Violation(ALTERNATES, "Membrul supleant „%s” este trecut de două ori. "
            .formatted(name) + "Păstrați-l o singură dată."));
      } else if (seated.contains(id)) {
        violations.add(new Violation(ALTERNATES, ("Membrul supleant „%s” este deja membru al "
            + "unei comisii; un supleant îl înlocuiește pe un membru al comisiei de concurs, iar "
            + "nimeni nu poate face parte din ambele comisii (§8.1.5(13)). Alegeți alt supleant.")
            .formatted(name)));
      } else if (id.equals(secretary)) {
        violations.add(new Violation(ALTERNATES, ("Membrul supleant „%s” este secretarul "
            + "comisiilor; secretarul nu are calitatea de membru (§8.1.5(5)). Alegeți alt "
            + "supleant.").formatted(name)));
      }
      if (alternate.unerasedSanction()) {
        violations.add(new Violation(ALTERNATES, ("Membrul supleant „%s” are o sancțiune "
            + "disciplinară neradiată și nu poate face parte din comisie (§8.1.5(12)). Alegeți "
            + "alt supleant.").formatted(name)));
      }
    }
    return violations;
  }

  // ---- COM-20 -----------------------------------------------------------------------------------

  /**
   * COM-20 b) (§8.1.5(14)(b)): no member is the spouse, a relative or an in-law up to the 4th
   * degree of a candidate or of another member of either commission.
   *
   * <p>An entry of {@code relatedTo} that is the user id of a member (of either commission) is a
   * relation between two members, reported once per pair. An entry naming the member himself or
   * the secretary is ignored: the law names neither. Any other entry is taken as a candidate's
   * code, whether or not it is among the registered candidates' codes, so that a relation is
   * never missed; the message says when the code is not among them.
   */
  public List<Violation> noRelatives(CommissionComposition composition) {
    Set<String> memberIds = ids(composition.competition(), member -> true);
    memberIds.addAll(ids(composition.contestation(), member -> true));
    String secretaryId = composition.secretary() == null ? null
        : composition.secretary().userId();
    Set<Set<String>> reportedPairs = new LinkedHashSet<>();
    List<Violation> violations = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      for (int i = 0; i < members.size(); i++) {
        CommissionMember member = members.get(i);
        String who = who(member, i);
        for (String relative : member.relatedTo()) {
          if (relative.equals(member.userId())
              || (relative.equals(secretaryId) && !memberIds.contains(relative))) {
            continue;
          }
          if (memberIds.contains(relative)) {
            // The relation goes both ways: one message for the pair, whoever declared it.
            Set<String> pair =
                Set.copyOf(List.of(member.hasNoUserId() ? who : member.userId(), relative));
            if (reportedPairs.add(pair)) {
              violations.add(relatedMembers(composition, kind, who, relative));
            }
          } else {
            violations.add(relatedCandidate(composition, kind, who, relative));
          }
        }
      }
    }
    return violations;
  }

  private Violation relatedMembers(
      CommissionComposition composition, CommissionKind kind, String who, String relative) {
    List<String> where = BOTH.stream()
        .filter(other -> ids(composition.members(other), member -> true).contains(relative))
        .map(CommissionKind::label)
        .toList();
    return new Violation(CONFLICT_OF_INTEREST,
        "%s din %s %s „%s”, membru în %s; membrii comisiilor nu pot fi soți, rude sau afini "
            .formatted(who, kind.label(), RELATIVE, names.name(relative),
                String.join(" și în ", where))
            + "până la gradul al IV-lea inclusiv între ei. Înlocuiți unul dintre cei doi (dacă "
            + "decizia de numire a fost emisă, modificați-o în cel mult două zile lucrătoare de "
            + "la constatare).");
  }

  private static Violation relatedCandidate(
      CommissionComposition composition, CommissionKind kind, String who, String code) {
    List<String> codes = composition.candidateCodes();
    String candidate = codes.isEmpty() || codes.contains(code)
        ? "candidatul cu codul „%s”".formatted(code)
        : ("„%s”, care nu este membru al comisiilor și nici printre codurile candidaților "
            + "înscriși, deci este tratat ca un candidat").formatted(code);
    return new Violation(CONFLICT_OF_INTEREST,
        "%s din %s %s %s; o astfel de persoană nu poate fi membru al comisiilor. "
            .formatted(who, kind.label(), RELATIVE, candidate) + REPLACE_MEMBER);
  }

  /**
   * COM-20 a) and c) (§8.1.5(14)(a),(c); §8.1.5(10)(c)): no member with a declared or established
   * conflict of interest (financial relations with a candidate, or direct subordination to one).
   */
  public List<Violation> noConflictsOfInterest(CommissionComposition composition) {
    List<Violation> violations = new ArrayList<>();
    for (CommissionKind kind : BOTH) {
      List<CommissionMember> members = composition.members(kind);
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).conflictOfInterest()) {
          violations.add(new Violation(CONFLICT_OF_INTEREST,
              "%s din %s se află într-o situație de conflict de interese (relații patrimoniale "
                  .formatted(who(members.get(i), i), kind.label())
                  + "cu un candidat ori subordonare ierarhică directă față de un candidat); o "
                  + "astfel de persoană nu poate fi membru al comisiilor. " + REPLACE_MEMBER));
        }
      }
    }
    return violations;
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  /** The distinct user ids, in order, of the identified members that match {@code which}. */
  private static Set<String> ids(List<CommissionMember> members,
      Predicate<CommissionMember> which) {
    Set<String> ids = new LinkedHashSet<>();
    for (CommissionMember member : members) {
      if (!member.hasNoUserId() && which.test(member)) {
        ids.add(member.userId());
      }
    }
    return ids;
  }

  /**
   * How a message names a member HR has to find: by name and department, or by position when
   * the id is missing.
   */
  private String who(CommissionMember member, int index) {
    if (member.hasNoUserId()) {
      return "Membrul de pe poziția %d".formatted(index + 1);
    }
    String department = member.department() == null || member.department().isBlank() ? ""
        : " (%s)".formatted(member.department().strip());
    return "Membrul „%s”%s".formatted(names.name(member.userId()), department);
  }

  /** „Ana Pop”, „Ion Ionescu”: the people, by name, quoted the Romanian way. */
  private String quoted(Set<String> ids) {
    return ids.stream().map(id -> "„" + names.name(id) + "”").collect(Collectors.joining(", "));
  }

  /**
   * "are 2 membri", "are un singur membru", "nu are niciun membru", "are 20 de membri": a count
   * after the verb, with Romanian agreement.
   */
  private static String has(int count, String singular, String plural) {
    if (count == 0) {
      return "nu are niciun " + singular;
    }
    if (count == 1) {
      return "are un singur " + singular;
    }
    int lastTwoDigits = count % 100;
    boolean withDe = lastTwoDigits == 0 || lastTwoDigits >= 20;
    return "are %d %s%s".formatted(count, withDe ? "de " : "", plural);
  }
}
