package ro.dosar.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused because its user or its address must still wait: answered with 429. */
public class LoginThrottledException extends AuthenticationException {

  private final Duration wait;

  public LoginThrottledException(Duration wait) {
    super("Prea multe încercări de autentificare eșuate.");
    this.wait = wait;
  }

  /** Whole seconds to wait, at least one: the value of {@code Retry-After}. */
  public long retryAfterSeconds() {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
