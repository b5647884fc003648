package ro.dosar.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Marker;

/**
 * The engine logs every failed command at ERROR with its stack trace, including a form that the
 * server refused because the user broke a rule ({@link FormFieldValidationException}, see
 * {@code ro.dosar.tasklist.FormRejection}). Such a refusal is an answer to the user, not a fault
 * of the system: it is logged on one line at INFO, so that ERROR stays for what needs an operator.
 * Registered in {@code logback-spring.xml}.
 */
public class UserRefusalLogFilter extends TurboFilter {

  private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable throwable) {
    if (level != Level.ERROR || !logger.getName().equals(ENGINE_CONTEXT)) {
      return FilterReply.NEUTRAL;
    }
    Throwable refusal = refusal(throwable, params);
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    logger.info("Form refused: {}", refusal.getMessage());
    return FilterReply.DENY;
  }

  private static Throwable refusal(Throwable throwable, Object[] params) {
    Throwable candidate = throwable;
    if (candidate == null && params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last) {
      candidate = last;
    }
    for (Throwable t = candidate; t != null; t = t.getCause()) {
      if (t instanceof FormFieldValidationException) {
        return t;
      }
    }
    return null;
  }
}
