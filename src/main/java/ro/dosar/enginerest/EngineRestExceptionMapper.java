package ro.dosar.enginerest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import ro.dosar.security.AsSystem;
import ro.dosar.tasklist.AlreadyStarted;
import ro.dosar.web.DatabaseUnavailable;

/**
 * Every error of the engine REST API answered as what it is, in Romanian: the client's errors
 * as 4xx, never a 500 with the engine's ENGINE-codes, SQL or the ids of instances the caller may
 * not see. It replaces Camunda's own exception mappers (see {@link EngineRestConfig}).
 * <ul>
 *   <li>a refused form ({@code FormRejection}, a form-field validation): 400 with the form's
 *       Romanian message only;</li>
 *   <li>an authorization failure: 403, without the resource, its id or the permissions;</li>
 *   <li>an unknown task, instance or definition, or another institution's (tenant): 404; a
 *       suspended one: 409; a record that already exists (a unique key) or a concurrent change:
 *       409;</li>
 *   <li>the database unreachable (a lost or refused connection anywhere in the causes): 503
 *       with {@code Retry-After} ({@link DatabaseUnavailable});</li>
 *   <li>any other bad request: 400; the rest: 500 with a message that shows nothing inside.</li>
 * </ul>
 * A refusal written by Dosar itself (a {@link ProcessEngineException} without an ENGINE-code,
 * such as "the deadlines are not set") keeps its message.
 */
@Provider
public class EngineRestExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger log = LoggerFactory.getLogger(EngineRestExceptionMapper.class);
  private static final Pattern ENGINE_CODE = Pattern.compile("^\\s*ENGINE-\\d+\\s*");

  static final String FORBIDDEN = "Nu aveți dreptul să efectuați această operație sau "
      + "resursa nu vă este accesibilă.";
  static final String NOT_FOUND = "Resursa cerută (sarcina, procedura sau modelul) nu există "
      + "sau nu vă este accesibilă.";
  static final String SUSPENDED = "Procedura sau sarcina este suspendată: nu se poate lucra pe ea "
      + "până la reluare.";
  static final String CONFLICT = "Operația a fost deja efectuată (înregistrarea există) sau "
      + "datele au fost modificate între timp de altcineva; reîncărcați și încercați din nou.";
  static final String BAD_REQUEST = "Cererea nu este validă: verificați datele trimise.";
  static final String BAD_JSON = "Corpul cererii nu este un JSON valid pentru această operație.";
  static final String NO_MATCH = "Mesajul nu corespunde niciunei proceduri în curs care să îl "
      + "aștepte.";
  static final String TYPE_NOT_ALLOWED = "Valoarea variabilei are un tip care nu se deserializează "
      + "(nu este pe lista tipurilor permise); citiți-o serializată (deserializeValue=false).";
  static final String NO_FORM = "Procedura sau sarcina nu are un formular în Tasklist: o "
      + "procedură fără formular de pornire se pornește automat sau prin API.";
  static final String FORM_NOT_DEPLOYED = "Formularul indicat de model nu este publicat împreună "
      + "cu modelul; anunțați administratorul (proiectantul trebuie să republice modelul cu "
      + "formularul).";
  static final String INTERNAL = "Eroare internă: operația nu a fost efectuată. Dacă se repetă, "
      + "anunțați administratorul.";

  @Override
  public Response toResponse(Throwable thrown) {
    EngineRestProblem problem = problemOf(thrown);
    if (problem.status() == 503) {
      log.warn("Database unreachable, engine REST answered 503: {}", thrown.toString());
      return Response.status(503).type(EngineRestProblem.CONTENT_TYPE)
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .entity(problem.body()).build();
    }
    if (problem.status() >= 500) {
      log.error("Engine REST request failed", thrown);
    } else {
      log.debug("Engine REST request refused ({}): {}", problem.status(), thrown.toString());
    }
    return Response.status(problem.status()).type(EngineRestProblem.CONTENT_TYPE)
        .entity(problem.body()).build();
  }

  static EngineRestProblem problemOf(Throwable thrown) {
    if (DatabaseUnavailable.causedBy(thrown)) {
      // Checked first: a lost connection can surface as any engine error (a failed query, a
      // task "not found", an optimistic-locking failure on flush).
      return new EngineRestProblem(503, "ServiceUnavailable", DatabaseUnavailable.TITLE,
          DatabaseUnavailable.DETAIL);
    }
    if (find(thrown, AuthorizationException.class) != null) {
      return EngineRestProblem.forbidden(FORBIDDEN);
    }
    FormFieldValidationException refusal = find(thrown, FormFieldValidationException.class);
    if (refusal != null) {
      return new EngineRestProblem(400, "FormFieldValidationException", "Formular refuzat",
          withoutEngineCode(refusal.getMessage()));
    }
    TaskAlreadyClaimedException claimed = find(thrown, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      // Whoever may claim a task may see who holds it: Tasklist shows the assignee too.
      return new EngineRestProblem(409, "TaskAlreadyClaimedException", "Sarcină revendicată",
          "Sarcina a fost deja revendicată de " + personName(claimed.getTaskAssignee())
              + "; reîncărcați lista de sarcini.");
    }
    if (missingTaskInEngineCode(thrown) || messageContains(thrown, "Cannot find task with id")) {
      return notFound();
    }
    if (messageContains(thrown, "'formKey' and 'camunda:formRef' must be supplied")) {
      // A deployed form asked of a definition or a task that has none.
      return EngineRestProblem.badRequest(NO_FORM);
    }
    if (messageContains(thrown, "does not reference a deployed form")) {
      return EngineRestProblem.badRequest(FORM_NOT_DEPLOYED);
    }
    if (find(thrown, SuspendedEntityInteractionException.class) != null) {
      return new EngineRestProblem(409, "SuspendedEntityInteractionException",
          "Procedură suspendată", SUSPENDED);
    }
    if (find(thrown, NotFoundException.class) != null
        || missing(find(thrown, NullValueException.class))
        || messageContains(thrown, "belongs to no authenticated tenant")) {
      // Another institution's instance or task (the engine's tenant check): as if it did not
      // exist, like Dosar's /api.
      return notFound();
    }
    if (messageContains(thrown, "whitelisted for deserialization")) {
      return EngineRestProblem.badRequest(TYPE_NOT_ALLOWED);
    }
    if (uniqueKeyViolation(thrown) || find(thrown, OptimisticLockingException.class) != null) {
      return new EngineRestProblem(409, "ConflictException", "Conflict", CONFLICT);
    }
    if (find(thrown, MismatchingMessageCorrelationException.class) != null) {
      return new EngineRestProblem(400, "MismatchingMessageCorrelationException",
          "Mesaj fără destinatar", NO_MATCH);
    }
    if (find(thrown, JsonProcessingException.class) != null) {
      return EngineRestProblem.badRequest(BAD_JSON);
    }
    ProcessEngineException dosarRefusal = dosarRefusal(thrown);
    if (dosarRefusal != null) {
      return new EngineRestProblem(422, "ProcessEngineException", "Operație refuzată",
          dosarRefusal.getMessage());
    }
    AlreadyStarted started = find(thrown, AlreadyStarted.class);
    if (started != null) {
      return new EngineRestProblem(409, "AlreadyStarted", "Procedură deja pornită",
          started.getMessage());
    }
    int status = statusOf(thrown);
    if (status == 404) {
      return notFound();
    }
    if (find(thrown, BadUserRequestException.class) != null || status >= 400 && status < 500) {
      return new EngineRestProblem(status >= 400 && status < 500 ? status : 400,
          "InvalidRequestException", "Cerere invalidă", BAD_REQUEST);
    }
    return new EngineRestProblem(500, "InternalServerError", "Eroare internă", INTERNAL);
  }

  /**
   * Camunda's deployed-form command reads the task before checking it exists, so an unknown task
   * id ends in a NullPointerException on "task": an unknown task all the same.
   */
  private static boolean missingTaskInEngineCode(Throwable thrown) {
    NullPointerException npe = find(thrown, NullPointerException.class);
    return npe != null && npe.getMessage() != null
        && npe.getMessage().contains("because \"task\" is null");
  }

  /** A user's name for a message, or his id when the identity service has none. */
  private static String personName(String userId) {
    if (userId == null) {
      return "alt utilizator";
    }
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    User user = null;
    if (engine != null) {
      // The caller may not read users (a commission member): the name is read without him.
      IdentityService identity = engine.getIdentityService();
      user = AsSystem.call(identity,
          () -> identity.createUserQuery().userId(userId).singleResult());
    }
    String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName())
        + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  static EngineRestProblem notFound() {
    return new EngineRestProblem(404, "NotFoundException", "Resursă inexistentă", NOT_FOUND);
  }

  /** The status the REST layer chose (a RestException or a JAX-RS exception), else 500. */
  private static int statusOf(Throwable thrown) {
    if (thrown instanceof RestException rest && rest.getStatus() != null) {
      return rest.getStatus().getStatusCode();
    }
    if (thrown instanceof WebApplicationException web) {
      return web.getResponse().getStatus();
    }
    return 500;
  }

  /** A refusal Dosar's own code raised with a message for people (no ENGINE-code). */
  private static ProcessEngineException dosarRefusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t.getClass() == ProcessEngineException.class && t.getMessage() != null
          && !ENGINE_CODE.matcher(t.getMessage()).find() && t.getCause() == null) {
        return (ProcessEngineException) t;
      }
    }
    return null;
  }

  /** The engine's "Cannot find task with id ...: task is null" is a NullValueException. */
  private static boolean missing(NullValueException e) {
    String message = e == null || e.getMessage() == null ? "" : e.getMessage();
    return message.contains("Cannot find") || message.contains("doesn't exist")
        || message.contains("does not exist") || message.startsWith("No ");
  }

  private static boolean messageContains(Throwable thrown, String text) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean uniqueKeyViolation(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof DataIntegrityViolationException
          || t instanceof java.sql.SQLIntegrityConstraintViolationException
          || t instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static String withoutEngineCode(String message) {
    return message == null ? BAD_REQUEST : ENGINE_CODE.matcher(message).replaceFirst("");
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
