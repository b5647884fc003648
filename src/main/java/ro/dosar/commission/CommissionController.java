package ro.dosar.commission;

import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.web.InvalidRequestException;

/**
 * Lets HR staff check a proposed composition of the two commissions before the Rector's decisions
 * are drafted. The answer lists every broken rule; it changes nothing.
 *
 * <p>A composition that breaks rules is still a well-formed request: it is answered with 200 and
 * {@code valid: false}. Only input that cannot be read (no or unknown post category, a
 * {@code null} member, a body that is not JSON) is answered with 400.
 */
@RestController
@RequestMapping("/api/commissions")
public class CommissionController {

  private final CommissionRules rules;

  public CommissionController(CommissionRules rules) {
    this.rules = rules;
  }

  /**
   * {@code POST /api/commissions/validate}: checks the composition in the body against the
   * composition rules. Missing member lists count as empty; a missing secretary is a violation.
   */
  @PostMapping("/validate")
  public ValidationResult validate(@RequestBody ValidationRequest request) {
    return rules.validate(request.toComposition());
  }

  /**
   * The body of {@code validate}. The post category arrives as a string and is read here, so that
   * a missing or unknown value gets a Romanian message naming the field.
   */
  public record ValidationRequest(
      String postCategory,
      List<CommissionMember> competition,
      List<CommissionMember> contestation,
      Secretary secretary,
      List<String> candidateCodes) {

    CommissionComposition toComposition() {
      return new CommissionComposition(
          PostCategory.parse("postCategory", postCategory),
          members("competition", competition),
          members("contestation", contestation),
          secretary,
          candidateCodes);
    }

    /** The members of one list; a missing list is empty, a {@code null} entry is refused. */
    private static List<CommissionMember> members(String field, List<CommissionMember> members) {
      if (members == null) {
        return List.of();
      }
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i) == null) {
          throw new InvalidRequestException("%s[%d]".formatted(field, i),
              "Poziția %d din „%s” este goală; fiecare membru trebuie descris printr-un obiect "
                  .formatted(i + 1, field) + "cu cel puțin „userId”.");
        }
      }
      return members;
    }
  }
}
