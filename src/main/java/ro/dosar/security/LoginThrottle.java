package ro.dosar.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ro.dosar.web.RequestFields;

/**
 * Growing, self-expiring delays after failed logins, counted per user id and per client address,
 * in the database so that every node of a cluster sees the same counts. It replaces the engine's
 * own lockout, which an anonymous caller could make permanent for any known user id.
 *
 * <p>The first {@code free} failures of a key cost nothing; each further failure makes the key
 * wait {@code first-delay}, then twice as long, …, at most {@code max-delay}. A key whose last
 * failure is older than {@code forget-after} starts again from zero. While a key waits, a login is
 * refused without looking at the password (no guessing while waiting) and is not counted. A
 * successful login forgets the user's count (not the address's).
 */
@Component
@EnableConfigurationProperties(LoginThrottle.Settings.class)
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final String USER = "u:";
  private static final String ADDRESS = "a:";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Settings settings;

  public LoginThrottle(JdbcClient jdbc, Clock clock, Settings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
  }

  /** How long a login of this user from this address must still wait, if at all. */
  public Check check(String userId, String address) {
    long now = clock.millis();
    Map<String, Count> counts = jdbc.sql("SELECT throttle_key, failures, last_failure_ms "
            + "FROM login_throttle WHERE throttle_key IN (:user, :address)")
        .param("user", userKey(userId)).param("address", addressKey(address))
        .query((rs, n) -> new Count(rs.getString(1), rs.getInt(2), rs.getLong(3))).list()
        .stream().collect(Collectors.toMap(Count::key, c -> c));
    long until = Math.max(
        blockedUntil(counts.get(userKey(userId)), settings.userFree(), settings.userMaxDelay()),
        blockedUntil(counts.get(addressKey(address)), settings.addressFree(),
            settings.addressMaxDelay()));
    return new Check(until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty(),
        counts.containsKey(userKey(userId)));
  }

  /** A wrong password (or unknown user): one more failure for the user and for the address. */
  public void failed(String userId, String address) {
    long now = clock.millis();
    jdbc.sql("DELETE FROM login_throttle WHERE last_failure_ms < :forgotten")
        .param("forgotten", now - settings.forgetAfter().toMillis()).update();
    for (String key : List.of(userKey(userId), addressKey(address))) {
      count(key, now);
    }
    log.info("Failed login for user '{}' from {}", printable(userId), printable(address));
  }

  /** The right password: the user's failures are forgotten (written only when there are any). */
  public void succeeded(String userId, Check check) {
    if (check.userHasFailures()) {
      jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key")
          .param("key", userKey(userId)).update();
    }
  }

  private void count(String key, long now) {
    long forgotten = now - settings.forgetAfter().toMillis();
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.sql("UPDATE login_throttle SET failures = CASE WHEN last_failure_ms < "
              + ":forgotten THEN 1 ELSE failures + 1 END, last_failure_ms = :now "
              + "WHERE throttle_key = :key")
          .param("forgotten", forgotten).param("now", now).param("key", key).update();
      if (updated > 0) {
        return;
      }
      try {
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_ms) "
                + "VALUES (:key, 1, :now)")
            .param("key", key).param("now", now).update();
        return;
      } catch (DuplicateKeyException concurrentFirstFailure) {
        // Another node counted the first failure at the same moment: count on top of it.
      }
    }
  }

  private long blockedUntil(Count count, int free, Duration max) {
    if (count == null || count.failures() <= free
        || count.lastFailure() < clock.millis() - settings.forgetAfter().toMillis()) {
      return 0;
    }
    int over = Math.min(count.failures() - free - 1, 30);
    long delay = Math.min(max.toMillis(), settings.firstDelay().toMillis() << over);
    return count.lastFailure() + delay;
  }

  /** The key of a user id as typed: bounded, and printable whatever the client sent. */
  static String userKey(String userId) {
    return USER + bounded(userId);
  }

  static String addressKey(String address) {
    return ADDRESS + bounded(address);
  }

  private static String bounded(String value) {
    String text = printable(value);
    return text.length() > 190 ? text.substring(0, 190) : text;
  }

  private static String printable(String value) {
    if (value == null) {
      return "";
    }
    return RequestFields.hasControlCharacter(value)
        ? value.codePoints().filter(c -> c >= 0x20 && (c < 0x7f || c > 0x9f))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString() + "#" + Integer.toHexString(value.hashCode())
        : value;
  }

  /** The state of a login before its password is checked. */
  public record Check(Optional<Duration> delay, boolean userHasFailures) {
  }

  private record Count(String key, int failures, long lastFailure) {
  }

  /**
   * {@code dosar.security.login.*}: free failures and the longest delay per user and per address,
   * the first delay (doubled with each further failure) and how long a count is remembered.
   */
  @ConfigurationProperties("dosar.security.login")
  public record Settings(Integer userFree, Duration userMaxDelay, Integer addressFree,
      Duration addressMaxDelay, Duration firstDelay, Duration forgetAfter) {

    public Settings {
      userFree = userFree == null ? 5 : userFree;
      userMaxDelay = userMaxDelay == null ? Duration.ofMinutes(5) : userMaxDelay;
      addressFree = addressFree == null ? 20 : addressFree;
      addressMaxDelay = addressMaxDelay == null ? Duration.ofMinutes(15) : addressMaxDelay;
      firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
      forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    }
  }
}
