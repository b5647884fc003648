package ro.dosar.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.rest.dto.runtime.VariableInstanceQueryDto;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ro.dosar.security.AsSystem;
import ro.dosar.web.CachedBodyRequest;

/**
 * A task is worked, not edited: what the engine REST API lets a user (not an administrator) do
 * with a task or a start form beyond what Camunda's authorizations say. It guards both REST
 * surfaces, {@code /engine-rest} (HTTP Basic) and Tasklist's own {@code /camunda/api/engine}
 * (session), and refuses before anything reaches the engine:
 * <ul>
 *   <li>writing, modifying or deleting variables of a task, an execution or a process instance
 *       (403): data enters a procedure only through a form;</li>
 *   <li>submitting or completing a task or a start form with a field its Camunda Form does not
 *       have, or with a new value for a read-only field (400, naming the fields);</li>
 *   <li>handing a task on: assignee, delegate, identity links, task update (403); claiming a group
 *       task for someone else (403); BPMN errors and escalations thrown from a task (403);
 *       starting an instance with start instructions or skipped listeners (403);</li>
 *   <li>variables of type {@code Object} (serialized Java objects), for every user (400);</li>
 *   <li>reading through a task more than its form shows: {@code /task/{id}/variables},
 *       {@code /localVariables} and {@code /form-variables} answer only the variables the task's
 *       Camunda Form shows ({@link FormFields#shown}); one variable it does not show, 403; the
 *       same for the task's own variables through {@code /variable-instance}, whose count agrees
 *       with its list;</li>
 *   <li>a message correlated to every waiting instance ({@code "all": true}) (403): in another
 *       institution's tenant it would find nothing and answer as if it had done something;</li>
 *   <li>filtering or sorting tasks by a variable the caller could not read in every task he
 *       sees (403): trying values would tell him what he may not read;</li>
 *   <li>signals and conditional starts (403): they reach every instance waiting for them, and
 *       no Dosar model waits for one;</li>
 *   <li>guessing: a message whose keys (business key, correlation keys, instance id, tenant)
 *       match an instance the caller may not update is answered as one that matches nothing
 *       (400); any path under an instance, task or execution he cannot see is answered as for
 *       one that does not exist (404), before any other check; so nothing tells him what
 *       exists.</li>
 * </ul>
 * A group task is released ("unclaim") by the member of the group who claimed it; the engine's
 * task permission (TASK_WORK, see application.yaml) does not include re-assigning, so the
 * guard releases it itself, after checking.
 */
class TaskWorkGuard extends OncePerRequestFilter {

  static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)$");
  static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)$");

  private static final Pattern TASK_VARIABLES =
      Pattern.compile("^/task/[^/]+/(variables|localVariables)(/.*)?$");
  private static final Pattern INSTANCE_VARIABLES = Pattern.compile(
      "^/(process-instance/[^/]+/variables|execution/[^/]+/localVariables)(/.*)?$");
  private static final Pattern TASK_READ = Pattern.compile(
      "^/task/([^/]+)/(?:(?:variables|localVariables)(?:/([^/]+)(?:/data)?)?|form-variables)$");
  private static final Pattern VARIABLE_INSTANCES =
      Pattern.compile("^/variable-instance(?:/([^/]+)(?:/data)?)?$");
  private static final Pattern TASK_QUERY =
      Pattern.compile("^/(?:task(?:/count)?|filter/[^/]+/(?:list|count|singleResult))$");
  private static final Pattern TASK_HAND_ON =
      Pattern.compile("^/task/[^/]+/(assignee|delegate|identity-links(/delete)?)$");
  private static final Pattern TASK_UPDATE = Pattern.compile("^/task/[^/]+$");
  private static final Pattern TASK_ERROR =
      Pattern.compile("^/task/[^/]+/(bpmnError|bpmnEscalation)$");
  private static final Pattern TASK_CLAIM = Pattern.compile("^/task/([^/]+)/claim$");
  private static final Pattern TASK_UNCLAIM = Pattern.compile("^/task/([^/]+)/unclaim$");
  private static final Pattern TASK_FORM =
      Pattern.compile("^/task/([^/]+)/(submit-form|complete|resolve)$");
  private static final Pattern SIGNAL_OR_CONDITION = Pattern.compile("^/(?:signal|condition)$");
  /** One instance, task or execution by its id (not the collection's own paths). */
  private static final Pattern BY_ID =
      Pattern.compile("^/(process-instance|task|execution)/([^/]+)(?:/.*)?$");
  private static final Set<String> COLLECTION_PATHS = Set.of("count", "create", "report",
      "delete", "delete-historic-query-based", "suspended", "suspended-async", "job-retries",
      "job-retries-historic-query-based", "variables-async", "message-async", "correlation");
  private static final Pattern START = Pattern.compile(
      "^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(submit-form|start)$");

  static final String VARIABLES_REFUSED = "Variabilele unei sarcini sau ale unei proceduri nu "
      + "se scriu, nu se modifică și nu se șterg prin API: datele intră în procedură numai prin "
      + "formularul sarcinii.";
  static final String HAND_ON_REFUSED = "O sarcină nu se atribuie, nu se deleagă și nu se "
      + "partajează de cel care o are: membrul unei comisii este numit prin decizie, iar "
      + "înlocuirea lui se face prin procedura de modificare a comisiei.";
  static final String CLAIM_FOR_OTHERS_REFUSED = "O sarcină de grup se revendică numai pentru "
      + "dumneavoastră.";
  static final String UNCLAIM_REFUSED = "Eliberează o sarcină de grup numai cine a revendicat-o "
      + "și face parte din grupul ei; sarcinile atribuite de procedură nu se eliberează.";
  static final String ERROR_REFUSED = "O sarcină se finalizează numai prin formularul ei.";
  static final String START_REFUSED = "O procedură se pornește numai prin formularul ei de "
      + "început (fără instrucțiuni de pornire și fără a sări peste verificări).";
  static final String READ_REFUSED = "Prin sarcină se citesc numai datele pe care le arată "
      + "formularul ei; variabila cerută nu face parte din formular.";
  static final String FILTER_REFUSED = "Sarcinile se caută și se ordonează numai după datele pe "
      + "care le arată formularele lor: variabila „%s” nu se poate citi în toate sarcinile "
      + "dumneavoastră.";
  static final String MESSAGE_TO_ALL_REFUSED = "Un mesaj se trimite tuturor procedurilor care "
      + "îl așteaptă numai de administrator.";
  static final String SIGNAL_REFUSED = "Semnalele (care ajung la toate procedurile care le "
      + "așteaptă) și pornirile condiționate se trimit numai de administrator; procedurile Dosar "
      + "nu le folosesc.";
  static final String MESSAGE_UNDELIVERED = "Mesajul nu a fost livrat: nicio procedură în curs "
      + "pe care aveți dreptul să o actualizați nu îl așteaptă cu aceste date. Nu s-a efectuat "
      + "nimic.";
  static final String UNCHECKED = "Cererea nu a putut fi verificată; nu s-a efectuat nimic.";
  static final String OBJECT_REFUSED = "Variabilele de tip Object (obiecte Java serializate) "
      + "nu sunt acceptate";

  /** Query parameters and body fields of a task query that filter by variables. */
  private static final List<String> VARIABLE_FILTERS =
      List.of("processVariables", "taskVariables", "caseInstanceVariables");
  /** Sorting of a task query by a variable's value ({@code parameters.variable}). */
  private static final Set<String> VARIABLE_SORTINGS = Set.of("processVariable",
      "executionVariable", "taskVariable", "caseInstanceVariable", "caseExecutionVariable");

  /** Request attribute: the guard wrote the answer itself, the engine is not called. */
  private static final String ANSWERED = TaskWorkGuard.class.getName() + ".answered";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 2 * 1024 * 1024;
  private static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final ProcessEngine engine;
  private final IdentityService identity;

  TaskWorkGuard(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  /** Who calls: the engine's current user (engine-rest) or Tasklist's session user. */
  record Caller(String userId, List<String> groupIds) {
    boolean administrator() {
      return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    Matcher rest = ENGINE_REST.matcher(uri);
    Matcher webapp = WEBAPP_API.matcher(uri);
    boolean fromWebapp = !rest.matches() && webapp.matches();
    if (!rest.matches() && !fromWebapp) {
      chain.doFilter(request, response);
      return;
    }
    String path = fromWebapp ? webapp.group(1) : rest.group(1);
    HttpServletRequest forward = request;
    JsonNode body = null;
    if (hasJsonBody(request)) {
      byte[] bytes = readBody(request);
      if (bytes.length > MAX_BODY) {
        new EngineRestProblem(413, "PayloadTooLarge", "Cerere prea mare",
            "Corpul cererii depășește 2 MB.").write(response);
        return;
      }
      forward = new CachedBodyRequest(request, bytes);
      body = parse(bytes);
    }
    String objectVariable = body == null ? null : objectVariable(body, null);
    if (objectVariable != null) {
      EngineRestProblem.badRequest(OBJECT_REFUSED + " (câmpul „" + objectVariable + "”).")
          .write(response);
      return;
    }
    Caller caller = fromWebapp ? webappCaller(request) : engineCaller();
    if (caller == null || caller.administrator()) {
      chain.doFilter(forward, response);
      return;
    }
    // An instance, task or execution he cannot see: whether it does not exist, is another
    // institution's or is hidden from him, one answer (404), given before any check that looks at
    // it and could tell them apart (a 403, a form's fields, a value compared). Refusals by path
    // alone (variables, handing on) answer the same either way and keep their own message.
    Matcher byId = BY_ID.matcher(path);
    boolean unseen = byId.matches() && !COLLECTION_PATHS.contains(byId.group(2))
        && !visible(caller, byId.group(1), byId.group(2));
    boolean get = "GET".equals(request.getMethod());
    Matcher read = TASK_READ.matcher(path);
    if (read.matches() && get && unseen) {
      EngineRestExceptionMapper.notFound().write(response);
      return;
    }
    if (read.matches() && get) {
      readThroughTask(read.group(1), read.group(2), forward, response, chain);
      return;
    }
    Matcher instances = VARIABLE_INSTANCES.matcher(path);
    if (instances.matches() && (get || "POST".equals(request.getMethod()))) {
      if ("count".equals(instances.group(1))) {
        countVariableInstances(caller, body, forward, response);
      } else {
        readVariableInstances(instances.group(1), forward, response, chain);
      }
      return;
    }
    if (TASK_QUERY.matcher(path).matches() && (get || "POST".equals(request.getMethod()))) {
      String hidden;
      try {
        hidden = hiddenFilterVariable(caller, filterVariables(request, body));
      } catch (ProcessEngineException e) {
        logger.warn("Task query refused: its variable filters could not be checked", e);
        EngineRestProblem.badRequest(UNCHECKED).write(response);
        return;
      }
      if (hidden != null) {
        EngineRestProblem.forbidden(FILTER_REFUSED.formatted(hidden)).write(response);
        return;
      }
    }
    EngineRestProblem refusal;
    try {
      refusal = refusal(request, path, caller, body, fromWebapp, unseen, response);
    } catch (ProcessEngineException e) {
      logger.warn("Engine REST request refused: it could not be checked", e);
      refusal = EngineRestProblem.badRequest(UNCHECKED);
    }
    // The guard answered itself (a released group task). A wrapping filter may buffer the
    // response, so "committed" alone cannot tell.
    if (response.isCommitted() || request.getAttribute(ANSWERED) != null) {
      return;
    }
    if (refusal != null) {
      refusal.write(response);
      return;
    }
    if (unseen) {
      EngineRestExceptionMapper.notFound().write(response);
      return;
    }
    if ("/message".equals(path) && "POST".equals(request.getMethod())) {
      answerAlike(forward, response, chain, TaskWorkGuard::messageFoundNoInstance,
          new EngineRestProblem(400, "MismatchingMessageCorrelationException",
              "Mesaj fără destinatar", MESSAGE_UNDELIVERED));
      return;
    }
    chain.doFilter(forward, response);
  }

  // ---- one answer for "exists, but not yours" and "does not exist" ------------------------------

  /**
   * Runs the request and, where the engine's answer would tell the caller that something he may
   * not touch exists (a message that found its instance but may not deliver to it), answers
   * instead as if nothing had matched.
   */
  private static void answerAlike(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain, Predicate<ContentCachingResponseWrapper> reveals,
      EngineRestProblem alike) throws IOException, ServletException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (!response.isCommitted() && reveals.test(answer)) {
      answer.resetBuffer();
      response.resetBuffer();
      alike.write(response);
      return;
    }
    answer.copyBodyToResponse();
  }

  /**
   * A message that reached an instance the caller may not update (403), or none (400
   * "mismatching", 404): the engine's answers differ, and a caller could learn from them which
   * business key or variable value exists. Other refusals (malformed JSON) do not depend on it.
   */
  private static boolean messageFoundNoInstance(ContentCachingResponseWrapper answer) {
    int status = answer.getStatus();
    if (status == 403 || status == 404) {
      return true;
    }
    if (status != 400) {
      return false;
    }
    JsonNode body = parse(answer.getContentAsByteArray());
    return body != null && "MismatchingMessageCorrelationException"
        .equals(body.path("type").asText());
  }

  /**
   * The caller sees the instance, task or execution: his own query finds it (a task's holder and
   * candidates, HR through READ_TASK; an instance's readers).
   */
  private boolean visible(Caller caller, String kind, String id) {
    try {
      return asCaller(caller, () -> switch (kind) {
        case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count();
        case "execution" -> engine.getRuntimeService().createExecutionQuery().executionId(id)
            .count();
        default -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
            .count();
      }) > 0;
    } catch (ProcessEngineException e) {
      return false;
    }
  }

  private EngineRestProblem refusal(HttpServletRequest request, String path, Caller caller,
      JsonNode body, boolean fromWebapp, boolean unseen, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    boolean write = !"GET".equals(method) && !"HEAD".equals(method)
        && !"OPTIONS".equals(method);
    if (!write) {
      return null;
    }
    if (TASK_VARIABLES.matcher(path).matches() || INSTANCE_VARIABLES.matcher(path).matches()) {
      return EngineRestProblem.forbidden(VARIABLES_REFUSED);
    }
    if (TASK_HAND_ON.matcher(path).matches()
        || "PUT".equals(method) && TASK_UPDATE.matcher(path).matches()) {
      return EngineRestProblem.forbidden(HAND_ON_REFUSED);
    }
    if (TASK_ERROR.matcher(path).matches()) {
      return EngineRestProblem.forbidden(ERROR_REFUSED);
    }
    if ("/message".equals(path) && body != null && body.path("all").asBoolean(false)) {
      return EngineRestProblem.forbidden(MESSAGE_TO_ALL_REFUSED);
    }
    if (SIGNAL_OR_CONDITION.matcher(path).matches()) {
      return EngineRestProblem.forbidden(SIGNAL_REFUSED);
    }
    Matcher claim = TASK_CLAIM.matcher(path);
    if (claim.matches()) {
      String claimant = body == null ? null : body.path("userId").asText(null);
      return Objects.equals(claimant, caller.userId()) ? null
          : EngineRestProblem.forbidden(CLAIM_FOR_OTHERS_REFUSED);
    }
    if (unseen) {
      return EngineRestExceptionMapper.notFound(); // the checks below look at the task
    }
    Matcher unclaim = TASK_UNCLAIM.matcher(path);
    if (unclaim.matches()) {
      if (fromWebapp && !csrfTokenMatches(request)) {
        return null; // Tasklist's CSRF filter answers it
      }
      EngineRestProblem problem = release(unclaim.group(1), caller, response);
      if (problem == null && response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
        request.setAttribute(ANSWERED, Boolean.TRUE);
      }
      return problem;
    }
    Matcher taskForm = TASK_FORM.matcher(path);
    if (taskForm.matches() && "POST".equals(method)) {
      return taskFormRefusal(taskForm.group(1), body);
    }
    Matcher start = START.matcher(path);
    if (start.matches() && "POST".equals(method)) {
      return startRefusal(start, body);
    }
    return null;
  }

  // ---- reading through a task ----------------------------------------------------------------

  /**
   * One variable the task's form does not show: 403. The variables of the task: the engine's
   * answer, without those its form does not show. An unknown task is left to the engine (404).
   */
  private void readThroughTask(String taskId, String variable, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    FormFields form;
    try {
      form = AsSystem.call(identity, () -> engine.getTaskService().createTaskQuery().taskId(taskId)
          .singleResult() == null ? null : taskForm(taskId));
    } catch (ProcessEngineException e) {
      logger.warn("Task read refused: its form could not be read", e);
      EngineRestProblem.badRequest(UNCHECKED).write(response);
      return;
    }
    if (form == null) {
      chain.doFilter(request, response);
      return;
    }
    if (variable != null) {
      if (form.shows(URLDecoder.decode(variable, StandardCharsets.UTF_8))) {
        chain.doFilter(request, response);
      } else {
        EngineRestProblem.forbidden(READ_REFUSED).write(response);
      }
      return;
    }
    answerFiltered(request, response, chain, body -> {
      if (!(body instanceof ObjectNode variables)) {
        return null;
      }
      List<String> shown = new ArrayList<>();
      variables.fieldNames().forEachRemaining(name -> {
        if (form.shows(name)) {
          shown.add(name);
        }
      });
      return variables.retain(shown);
    });
  }

  /**
   * {@code /variable-instance}: the engine lets a task's holder query the variables local to his
   * task; those its form does not show are left out of a list, and refused (403) one by one.
   */
  private void readVariableInstances(String variableId, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    Map<String, FormFields> forms = new HashMap<>();
    if (variableId != null) {
      VariableInstance variable = AsSystem.call(identity, () -> engine.getRuntimeService()
          .createVariableInstanceQuery().variableId(variableId).disableBinaryFetching()
          .disableCustomObjectDeserialization().singleResult());
      if (variable != null && !shownThroughTask(variable.getTaskId(), variable.getName(),
          forms)) {
        EngineRestProblem.forbidden(READ_REFUSED).write(response);
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    answerFiltered(request, response, chain, body -> {
      if (!(body instanceof ArrayNode list)) {
        return null;
      }
      ArrayNode shown = JSON.createArrayNode();
      for (JsonNode variable : list) {
        if (shownThroughTask(variable.path("taskId").asText(null),
            variable.path("name").asText(""), forms)) {
          shown.add(variable);
        }
      }
      return shown;
    });
  }

  /** A variable of no task (the engine checked the instance's rights), or one its form shows. */
  private boolean shownThroughTask(String taskId, String name, Map<String, FormFields> forms) {
    if (taskId == null) {
      return true;
    }
    return forms.computeIfAbsent(taskId, id -> AsSystem.call(identity, () -> taskForm(id)))
        .shows(name);
  }

  /**
   * The engine's answer with the filter applied to its JSON body when it is a 200; a body the
   * filter does not recognise (null) is refused rather than passed on.
   */
  private void answerFiltered(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain, UnaryOperator<JsonNode> filter) throws IOException, ServletException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    byte[] body = buffered.getContentAsByteArray();
    if (buffered.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
      JsonNode filtered = filter.apply(parse(body));
      if (filtered == null) {
        EngineRestProblem.badRequest(UNCHECKED).write(response);
        return;
      }
      body = JSON.writeValueAsBytes(filtered);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * {@code /variable-instance/count} agrees with the list: the same query, run as the caller,
   * counts only the variables {@link #readVariableInstances} would show. A query that cannot be
   * read (a malformed parameter) is a 400.
   */
  private void countVariableInstances(Caller caller, JsonNode body, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    VariableInstanceQueryDto query;
    try {
      if ("POST".equals(request.getMethod())) {
        query = body == null ? new VariableInstanceQueryDto()
            : JSON.treeToValue(body, VariableInstanceQueryDto.class);
        query.setObjectMapper(JSON);
      } else {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.addAll(name, values));
        query = new VariableInstanceQueryDto(JSON, parameters);
      }
      VariableInstanceQueryDto built = query;
      Map<String, FormFields> forms = new HashMap<>();
      long count = asCaller(caller, () -> built.toQuery(engine).disableBinaryFetching()
          .disableCustomObjectDeserialization().list()).stream()
          .filter(v -> shownThroughTask(v.getTaskId(), v.getName(), forms)).count();
      byte[] answer = JSON.writeValueAsBytes(JSON.createObjectNode().put("count", count));
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json");
      response.setContentLength(answer.length);
      response.getOutputStream().write(answer);
    } catch (IOException | RuntimeException e) {
      // Never the engine's unfiltered count instead.
      logger.debug("Variable count refused: the query could not be read", e);
      EngineRestProblem.badRequest(UNCHECKED).write(response);
    }
  }

  // ---- filtering tasks by variables -------------------------------------------------------------

  /** The variable names a task query filters or sorts by: parameters, body, its or-queries. */
  private static List<String> filterVariables(HttpServletRequest request, JsonNode body) {
    List<String> names = new ArrayList<>();
    for (String parameter : VARIABLE_FILTERS) {
      String[] values = request.getParameterValues(parameter);
      for (String value : values == null ? new String[0] : values) {
        for (String filter : value.split(",")) {
          int end = filter.indexOf('_');
          names.add(end < 0 ? filter : filter.substring(0, end));
        }
      }
    }
    if (body != null) {
      List<JsonNode> queries = new ArrayList<>(List.of(body));
      body.path("orQueries").forEach(queries::add);
      for (JsonNode query : queries) {
        for (String field : VARIABLE_FILTERS) {
          query.path(field).forEach(filter -> names.add(filter.path("name").asText("")));
        }
        query.path("sorting").forEach(sorting -> {
          if (VARIABLE_SORTINGS.contains(sorting.path("sortBy").asText(""))) {
            names.add(sorting.path("parameters").path("variable").asText(""));
          }
        });
      }
    }
    return names;
  }

  /**
   * The first variable the caller may filter by but could not read in every task he sees: its
   * task's form does not show it, and he may not read the task's process instance (HR may, in
   * Cockpit). Whatever the values he tries, the answer would tell him something of a variable
   * hidden from him; so the name decides, never the value, and never which tasks match.
   */
  private String hiddenFilterVariable(Caller caller, List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    List<Task> visible = asCaller(caller, () -> engine.getTaskService().createTaskQuery().list());
    return AsSystem.call(identity, () -> {
      Map<String, FormFields> forms = new HashMap<>();
      Map<String, Boolean> readsInstances = new HashMap<>();
      for (Task task : visible) {
        if (task.getProcessInstanceId() != null
            && readsInstance(caller, task, readsInstances)) {
          continue;
        }
        FormFields form = forms.computeIfAbsent(task.getProcessDefinitionId() + "/"
            + task.getTaskDefinitionKey(), key -> taskForm(task.getId()));
        for (String name : names) {
          if (!form.shows(name)) {
            return name;
          }
        }
      }
      return null;
    });
  }

  /** READ on the task's process instance, or READ_INSTANCE on its process definition. */
  private boolean readsInstance(Caller caller, Task task, Map<String, Boolean> cache) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    ProcessDefinition definition = engine.getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId());
    boolean byDefinition = cache.computeIfAbsent("definition:" + definition.getKey(),
        key -> authorizations.isUserAuthorized(caller.userId(), caller.groupIds(),
            Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey()));
    return byDefinition || cache.computeIfAbsent("instance:" + task.getProcessInstanceId(),
        key -> authorizations.isUserAuthorized(caller.userId(), caller.groupIds(),
            Permissions.READ, Resources.PROCESS_INSTANCE, task.getProcessInstanceId()));
  }

  // ---- task forms ---------------------------------------------------------------------------

  private EngineRestProblem taskFormRefusal(String taskId, JsonNode body) {
    return AsSystem.call(identity, () -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return null;
      }
      FormFields form = taskForm(taskId);
      Map<String, Object> current = new HashMap<>();
      VariableMap variables = engine.getTaskService().getVariablesTyped(taskId, false);
      variables.keySet().forEach(name -> current.put(name, plain(variables.getValueTyped(name))));
      return fieldsRefusal(form, variables(body), current, "sarcinii");
    });
  }

  private FormFields taskForm(String taskId) {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
      return FormFields.parse(form);
    } catch (ProcessEngineException | IOException e) {
      return FormFields.NONE;
    }
  }

  private EngineRestProblem startRefusal(Matcher start, JsonNode body) {
    if (body != null && (body.hasNonNull("startInstructions")
        || body.path("skipCustomListeners").asBoolean(false)
        || body.path("skipIoMappings").asBoolean(false))) {
      return EngineRestProblem.forbidden(START_REFUSED);
    }
    return AsSystem.call(identity, () -> {
      ProcessDefinition definition = definition(start.group(1), start.group(2), start.group(3));
      if (definition == null) {
        return null;
      }
      FormFields form;
      try (InputStream in = engine.getFormService().getDeployedStartForm(definition.getId())) {
        form = FormFields.parse(in);
      } catch (ProcessEngineException | IOException e) {
        form = FormFields.NONE;
      }
      return fieldsRefusal(form, variables(body), Map.of(), "de început");
    });
  }

  private ProcessDefinition definition(String key, String tenant, String id) {
    ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (id != null) {
      return query.processDefinitionId(id).singleResult();
    }
    query.processDefinitionKey(key).latestVersion();
    return (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant)).singleResult();
  }

  /** Unknown fields, then read-only fields sent with another value than the current one. */
  private static EngineRestProblem fieldsRefusal(FormFields form, JsonNode variables,
      Map<String, Object> current, String whose) {
    List<String> unknown = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (!form.contains(name)) {
        unknown.add(name);
      } else if (form.readOnly().contains(name)
          && !sameValue(field.getValue().get("value"), current.get(name))) {
        changed.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      return EngineRestProblem.badRequest("Formularul " + whose + " nu are "
          + (unknown.size() == 1 ? "câmpul " : "câmpurile ") + quoted(unknown)
          + ". Trimiteți numai câmpurile formularului.");
    }
    if (!changed.isEmpty()) {
      return EngineRestProblem.badRequest((changed.size() == 1 ? "Câmpul " : "Câmpurile ")
          + quoted(changed) + " al formularului " + whose + " se poate doar citi: valoarea "
          + "lui nu se schimbă prin formular.");
    }
    return null;
  }

  /** A variable's value as a form would show it, without deserializing any object. */
  private static Object plain(TypedValue value) {
    if (value instanceof SerializableValue serializable) {
      return serializable.getValueSerialized();
    }
    return value == null ? null : value.getValue();
  }

  private static boolean sameValue(JsonNode sent, Object current) {
    return Objects.equals(normalized(sent), normalized(current));
  }

  private static String normalized(Object value) {
    if (value instanceof JsonNode node) {
      if (node.isNull() || node.isMissingNode()) {
        return null;
      }
      value = node.isNumber() ? node.decimalValue() : node.isBoolean() ? node.booleanValue()
          : node.isTextual() ? node.textValue() : node.toString();
    }
    if (value == null || "".equals(value) || Boolean.FALSE.equals(value)) {
      return null;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "„" + n + "”").toList());
  }

  private static JsonNode variables(JsonNode body) {
    return body == null ? JSON.createObjectNode() : body.path("variables").isObject()
        ? body.path("variables") : JSON.createObjectNode();
  }

  // ---- releasing a claimed group task ----------------------------------------------------------

  private EngineRestProblem release(String taskId, Caller caller, HttpServletResponse response)
      throws IOException {
    Boolean released = AsSystem.call(identity, () -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return null;
      }
      if (!caller.userId().equals(task.getAssignee()) || !candidate(taskId, caller)) {
        return false;
      }
      engine.getTaskService().setAssignee(taskId, null);
      return true;
    });
    if (released == null) {
      return null;
    }
    if (!released) {
      return EngineRestProblem.forbidden(UNCLAIM_REFUSED);
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.flushBuffer();
    return null;
  }

  private boolean candidate(String taskId, Caller caller) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (caller.userId().equals(link.getUserId())
          || link.getGroupId() != null && caller.groupIds().contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  // ---- who calls -------------------------------------------------------------------------------

  private Caller engineCaller() {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return null;
    }
    return new Caller(current.getUserId(),
        current.getGroupIds() == null ? List.of() : current.getGroupIds());
  }

  private Caller webappCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    for (UserAuthentication user : authentications.getAuthentications()) {
      if (engine.getName().equals(user.getProcessEngineName())) {
        List<String> groups = user.getGroupIds() != null ? user.getGroupIds()
            : AsSystem.call(identity, () -> identity.createGroupQuery()
                .groupMember(user.getName()).list().stream().map(Group::getId).toList());
        return new Caller(user.getName(), groups);
      }
    }
    return null;
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    return expected != null && expected.equals(request.getHeader(CSRF_HEADER));
  }

  /** A query as the caller, with his groups and tenants, whichever surface he called. */
  private <T> T asCaller(Caller caller, Supplier<T> work) {
    List<String> tenants = AsSystem.call(identity, () -> identity.createTenantQuery()
        .userMember(caller.userId()).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList());
    // AsSystem puts back whatever authentication the thread had, whoever the work runs as.
    return AsSystem.call(identity, () -> {
      identity.setAuthentication(caller.userId(), caller.groupIds(), tenants);
      return work.get();
    });
  }

  // ---- the body --------------------------------------------------------------------------------

  private static boolean hasJsonBody(HttpServletRequest request) {
    String type = request.getContentType();
    String method = request.getMethod();
    return type != null && type.toLowerCase().contains("json")
        && Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
  }

  private static byte[] readBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      return in.readNBytes(MAX_BODY + 1);
    }
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return bytes.length == 0 ? null : JSON.readTree(bytes);
    } catch (IOException e) {
      return null; // Jersey answers malformed JSON itself
    }
  }

  /** The name of the first variable of type Object anywhere in the body, if any. */
  private static String objectVariable(JsonNode node, String name) {
    if (node.isObject()) {
      if ("object".equalsIgnoreCase(node.path("type").asText(""))
          && (node.has("value") || node.has("valueInfo"))) {
        return name == null ? "value" : name;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> child = it.next();
        String found = objectVariable(child.getValue(), child.getKey());
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String found = objectVariable(element, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
