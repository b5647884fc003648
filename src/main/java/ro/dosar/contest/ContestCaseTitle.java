package ro.dosar.contest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import ro.dosar.tasklist.CaseTitle;

/**
 * A contest's tasks are named after its post: „CONCURS-3 · Inspector de specialitate — …”. The
 * post, not a candidate, so a sealed paper's score sheet names the contest and nothing more.
 */
@Component
class ContestCaseTitle implements CaseTitle {

  private static final Pattern KEY = Pattern.compile("^CONCURS-(\\d{1,18})$");

  private final ContestRepository contests;

  ContestCaseTitle(ContestRepository contests) {
    this.contests = contests;
  }

  @Override
  public Optional<String> titleOf(String businessKey) {
    Matcher key = KEY.matcher(businessKey);
    if (!key.matches()) {
      return Optional.empty();
    }
    return contests.find(Long.parseLong(key.group(1))).map(Contest::postName)
        .filter(post -> !post.isBlank());
  }
}
