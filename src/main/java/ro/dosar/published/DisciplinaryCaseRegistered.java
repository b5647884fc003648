package ro.dosar.published;

/**
 * Published (as a Spring application event, in the registering transaction) when a disciplinary
 * case is registered, so that the procedure that called it — a harassment complaint — can record
 * the case without the discipline package knowing it.
 *
 * @param caseId the disciplinary case's id
 * @param processInstanceId the disciplinary process instance
 * @param callerProcessInstanceId the process instance whose call activity started it, or
 *     {@code null} for a referral registered directly
 */
public record DisciplinaryCaseRegistered(long caseId, String processInstanceId,
    String callerProcessInstanceId) {
}
