package ro.dosar.mail;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/mail/mail-delivery.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class MailDeliveryProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "mailDelivery";

  private MailDeliveryProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {
    // Set by code only
    /** Id-ul mesajului de trimis. */
    public static final String MAIL_ID = "mailId";

    private Variables() {
    }
  }
}
