package ro.dosar.contest.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate's personal follow-up token: 24 random bytes (base64url), given once with the
 * code of an electronic application and e-mailed; only its SHA-256 is stored
 * ({@code candidate.follow_up_token_hash}), as for the complaints' tokens. Whoever holds it sees
 * that one file and nothing else.
 */
@Component
public class FollowUpTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  FollowUpTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new token for the candidate's file (replacing any earlier one); returned this once. */
  public String issue(long code) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql("UPDATE candidate SET follow_up_token_hash = ? WHERE code = ?")
        .params(hash(token), code).update();
    return token;
  }

  /**
   * A new token for a file registered at the Registry, held for its receipt: the Registry's
   * clerk reads it once ({@link #takeReceipt}), then only its hash remains.
   */
  public String issueForReceipt(long code) {
    String token = issue(code);
    jdbc.sql("DELETE FROM follow_up_receipt WHERE candidate_code = ?").param(code).update();
    jdbc.sql("INSERT INTO follow_up_receipt (candidate_code, token, issued_at) VALUES (?, ?, ?)")
        .params(code, token, ro.dosar.calendar.EngineClock.timestamp()).update();
    return token;
  }

  /** The token held for the file's receipt, removed as it is read: shown once. */
  public Optional<String> takeReceipt(long code) {
    Optional<String> token = jdbc.sql("SELECT token FROM follow_up_receipt "
        + "WHERE candidate_code = ?").param(code).query(String.class).optional();
    // Only the reader whose delete removed the row shows it (two clerks at once: one of them).
    int removed = token.isEmpty() ? 0 : jdbc.sql("DELETE FROM follow_up_receipt "
        + "WHERE candidate_code = ?").param(code).update();
    return removed == 1 ? token : Optional.empty();
  }

  /** The code of the file the token follows; empty for a missing or unknown token. */
  public Optional<Long> codeOf(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT code FROM candidate WHERE follow_up_token_hash = ?")
        .param(hash(token.strip())).query(Long.class).optional();
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
