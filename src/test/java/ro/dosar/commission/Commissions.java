package ro.dosar.commission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ro.dosar.gender.Gender;

/**
 * Builders for test compositions: start from a valid composition and change only what a test is
 * about.
 */
final class Commissions {

  static final String SECRETARY = "secretar-dru";

  private Commissions() {
  }

  /** A plain member: not president, no leadership post, nothing against him. */
  static MemberBuilder member(String userId) {
    return new MemberBuilder(userId);
  }

  /** A member who is the commission's president. */
  static MemberBuilder president(String userId) {
    return new MemberBuilder(userId).president();
  }

  /** Execution post: 3 + 3 members, one president each, an HR secretary, two candidates. */
  static CompositionBuilder validExecution() {
    return new CompositionBuilder(PostCategory.EXECUTION)
        .competition(president("cc-pres"), member("cc-2"), member("cc-3"))
        .contestation(president("csc-pres"), member("csc-2"), member("csc-3"));
  }

  /** Leadership post: 5 + 3 members, two of them with leadership posts in each commission. */
  static CompositionBuilder validLeadership() {
    return new CompositionBuilder(PostCategory.LEADERSHIP)
        .competition(president("cc-pres").leader(), member("cc-2").leader(), member("cc-3"),
            member("cc-4"), member("cc-5"))
        .contestation(president("csc-pres").leader(), member("csc-2").leader(),
            member("csc-3"));
  }

  static final class MemberBuilder {
    private final String userId;
    private boolean president;
    private boolean leadershipPost;
    private boolean unerasedSanction;
    private final List<String> relatedTo = new ArrayList<>();
    private boolean conflictOfInterest;
    private Gender gender;

    private MemberBuilder(String userId) {
      this.userId = userId;
    }

    MemberBuilder president() {
      president = true;
      return this;
    }

    MemberBuilder leader() {
      leadershipPost = true;
      return this;
    }

    MemberBuilder sanctioned() {
      unerasedSanction = true;
      return this;
    }

    MemberBuilder relatedTo(String... others) {
      relatedTo.addAll(Arrays.asList(others));
      return this;
    }

    MemberBuilder conflicted() {
      conflictOfInterest = true;
      return this;
    }

    MemberBuilder gender(Gender gender) {
      this.gender = gender;
      return this;
    }

    CommissionMember build() {
      return new CommissionMember(userId, president, leadershipPost, unerasedSanction,
          relatedTo, "Secretariat", conflictOfInterest, gender);
    }
  }

  static final class CompositionBuilder {
    private final PostCategory category;
    private List<CommissionMember> competition = List.of();
    private List<CommissionMember> contestation = List.of();
    private Secretary secretary = new Secretary(SECRETARY, "HR");
    private List<String> candidateCodes = List.of("4521", "4522");

    private CompositionBuilder(PostCategory category) {
      this.category = category;
    }

    CompositionBuilder competition(MemberBuilder... members) {
      competition = Arrays.stream(members).map(MemberBuilder::build).toList();
      return this;
    }

    CompositionBuilder contestation(MemberBuilder... members) {
      contestation = Arrays.stream(members).map(MemberBuilder::build).toList();
      return this;
    }

    CompositionBuilder secretary(String userId, String department) {
      secretary = new Secretary(userId, department);
      return this;
    }

    CompositionBuilder noSecretary() {
      secretary = null;
      return this;
    }

    CompositionBuilder candidateCodes(String... codes) {
      candidateCodes = List.of(codes);
      return this;
    }

    CommissionComposition build() {
      return new CommissionComposition(category, competition, contestation, secretary,
          candidateCodes);
    }
  }
}
