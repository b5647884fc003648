package ro.dosar.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.published.RunningProcedures;
import ro.dosar.published.RunningProcedures.RunningCase;
import ro.dosar.security.AsSystem;

/**
 * HR's dashboard, {@code /panou}: every procedure still running in the user's institutions that
 * he may see (each procedure applies the role rules of its {@code /api}; {@link InstitutionScope}
 * gives the institutions), with its stage, its next legal deadline, its open tasks (overdue ones
 * first, with who holds them, by name) and links to its documents; filtered by procedure and
 * status. Opened with the Tasklist session ({@link WebappSession}).
 */
@Controller
class HrDashboardController {

  /** The status filter's value for "cases with overdue tasks". */
  static final String OVERDUE = "INTARZIERE";

  private final ObjectProvider<RunningProcedures> procedures;
  private final InstitutionScope scope;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ZoneId zone;

  HrDashboardController(ObjectProvider<RunningProcedures> procedures, InstitutionScope scope,
      TaskService tasks, IdentityService identity, WorkingDayCalendar calendar) {
    this.procedures = procedures;
    this.scope = scope;
    this.tasks = tasks;
    this.identity = identity;
    this.zone = calendar.zone();
  }

  /** An open task of a case, as the dashboard shows it. */
  record OpenTask(String name, String holder, LocalDateTime due, boolean overdue) {
  }

  /** A case with its open tasks. */
  record Row(RunningCase running, List<OpenTask> tasks, long overdue) {
  }

  @GetMapping({"/panou", "/panou/"})
  String dashboard(@RequestParam(name = "procedura", required = false) String procedure,
      @RequestParam(name = "stare", required = false) String status,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    if (request.getAttribute(WebappSession.USER) == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return "panou/autentificare";
    }
    Set<String> institutions = scope.ofCaller();
    List<Row> all = new ArrayList<>();
    procedures.orderedStream().forEach(source -> source.running(institutions)
        .forEach(running -> all.add(row(running))));
    Map<String, String> procedureOptions = new LinkedHashMap<>();
    Map<String, String> statusOptions = new LinkedHashMap<>();
    for (Row row : all) {
      procedureOptions.put(row.running().procedure(), row.running().procedureLabel());
      statusOptions.put(row.running().status(), row.running().statusLabel());
    }
    statusOptions.put(OVERDUE, "Cu sarcini întârziate");
    String chosenProcedure = blankToNull(procedure);
    String chosenStatus = blankToNull(status);
    List<Row> shown = all.stream()
        .filter(row -> chosenProcedure == null
            || chosenProcedure.equals(row.running().procedure()))
        .filter(row -> chosenStatus == null
            || (OVERDUE.equals(chosenStatus) ? row.overdue() > 0
            : chosenStatus.equals(row.running().status())))
        .toList();
    model.addAttribute("user", displayName((String) request.getAttribute(WebappSession.USER)));
    model.addAttribute("rows", shown);
    model.addAttribute("total", all.size());
    model.addAttribute("procedures", procedureOptions);
    model.addAttribute("statuses", statusOptions);
    model.addAttribute("procedure", chosenProcedure);
    model.addAttribute("status", chosenStatus);
    model.addAttribute("now", LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        zone));
    return "panou/panou";
  }

  private Row row(RunningCase running) {
    List<Task> open = AsSystem.call(identity, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(running.businessKey()).list());
    long now = ClockUtil.getCurrentTime().getTime();
    List<OpenTask> shown = open.stream()
        .map(task -> new OpenTask(ownName(task.getName(), running.businessKey()), holder(task),
            task.getDueDate() == null ? null
                : LocalDateTime.ofInstant(task.getDueDate().toInstant(), zone),
            task.getDueDate() != null && task.getDueDate().getTime() < now))
        .sorted(Comparator.comparing(OpenTask::overdue).reversed()
            .thenComparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    return new Row(running, shown, shown.stream().filter(OpenTask::overdue).count());
  }

  /** The task's own name, without the case in front ({@link TaskCaseNames}). */
  static String ownName(String name, String businessKey) {
    if (name == null) {
      return "";
    }
    int separator = name.indexOf(TaskCaseNames.NAME_SEPARATOR);
    return name.startsWith(businessKey) && separator > 0
        ? name.substring(separator + TaskCaseNames.NAME_SEPARATOR.length()) : name;
  }

  /** Who holds the task: its assignee by name, else the groups or people who may claim it. */
  private String holder(Task task) {
    if (task.getAssignee() != null) {
      return displayName(task.getAssignee());
    }
    List<IdentityLink> links =
        AsSystem.call(identity, () -> tasks.getIdentityLinksForTask(task.getId()));
    List<String> candidates = new ArrayList<>();
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        candidates.add(displayName(link.getUserId()));
      } else if (link.getGroupId() != null) {
        candidates.add("grupul „" + groupName(link.getGroupId()) + "”");
      }
    }
    return candidates.isEmpty() ? "nerevendicată"
        : "nerevendicată (" + String.join(", ", candidates) + ")";
  }

  private String displayName(String userId) {
    User user =
        AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private String groupName(String groupId) {
    Group group = AsSystem.call(identity,
        () -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private static String blankToNull(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
  }
}
