package ro.dosar.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import ro.dosar.security.AsSystem;

/**
 * Cockpit's "Human Tasks" page for a supervisor. Camunda's report of open tasks by candidate group
 * ({@code GET …/task/report/candidate-group-count}) demands READ on every task of the engine,
 * which would also open the tasks HR may not see (harassment complaints are confidential). HR
 * holds READ_TASK on the definitions of the procedures it follows instead (see {@code
 * Authorizations}); for a user without READ on every task, this filter answers the report itself,
 * counting only the tasks the user may read (his definitions, his tenants), in Camunda's format.
 * Everyone else gets Camunda's own answer.
 */
@Configuration
class SupervisorTaskReport {

  static final String REPORT =
      "/camunda/api/engine/engine/default/task/report/candidate-group-count";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> supervisorTaskReportFilter(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(engine));
    registration.addUrlPatterns("/camunda/api/engine/engine/default/task/report/*");
    registration.setName("dosarSupervisorTaskReport");
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    Filter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      Optional<UserAuthentication> user = WebappSession.userOf(request, engine);
      if (!"GET".equals(request.getMethod()) || !REPORT.equals(path) || user.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
      IdentityService identity = engine.getIdentityService();
      String userId = user.get().getName();
      List<String> groups = AsSystem.call(identity, () -> identity.createGroupQuery()
          .groupMember(userId).list().stream().map(Group::getId).toList());
      boolean readsEveryTask = groups.contains(Groups.CAMUNDA_ADMIN) || AsSystem.call(identity,
          () -> engine.getAuthorizationService()
              .isUserAuthorized(userId, groups, Permissions.READ, Resources.TASK, "*"));
      if (readsEveryTask) {
        chain.doFilter(request, response);
        return;
      }
      List<Map<String, Object>> report =
          AsSystem.call(identity, () -> report(identity, userId, groups));
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), report);
    }

    /** The user's readable tasks (queried as him) counted by candidate group (read as system). */
    private List<Map<String, Object>> report(IdentityService identity, String userId,
        List<String> groups) {
      List<String> tenants = identity.createTenantQuery().userMember(userId)
          .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
      List<Task> visible;
      identity.setAuthentication(userId, groups, tenants);
      try {
        visible = engine.getTaskService().createTaskQuery().list();
      } finally {
        identity.clearAuthentication();
      }
      Map<String, Long> byGroup = new TreeMap<>();
      long withoutGroup = 0;
      for (Task task : visible) {
        List<String> candidateGroups = new ArrayList<>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            candidateGroups.add(link.getGroupId());
          }
        }
        if (candidateGroups.isEmpty()) {
          withoutGroup++;
        }
        candidateGroups.forEach(group -> byGroup.merge(group, 1L, Long::sum));
      }
      List<Map<String, Object>> report = new ArrayList<>();
      byGroup.forEach((group, count) -> report.add(entry(group, count)));
      if (withoutGroup > 0) {
        report.add(entry(null, withoutGroup));
      }
      return report;
    }

    private static Map<String, Object> entry(String group, long count) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("groupName", group);
      entry.put("taskCount", count);
      return entry;
    }
  }
}
