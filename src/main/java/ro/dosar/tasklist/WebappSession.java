package ro.dosar.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ro.dosar.security.CamundaIdentityAuthenticationProvider;

/**
 * HR's dashboard ({@code /panou/**}) is opened with the Tasklist session, the way Camunda's own
 * webapps authenticate their REST calls: the user the webapps' login put in the HTTP session is
 * the engine's authenticated user for the request (with his groups and tenants, so {@link
 * ro.dosar.institution.InstitutionScope} and the engine's authorizations apply), and the request's
 * Spring Security user (so the role rules of {@code /api} apply). Read-only pages: GET only, no
 * state changes, so no CSRF token is needed. Without a session the page asks the user to log in.
 * (The general one-login for {@code /api} lives in the security configuration.)
 */
@Configuration
class WebappSession {

  /** The request attribute holding the session's user id, when there is one. */
  static final String USER = WebappSession.class.getName() + ".user";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> dashboardSession(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(engine));
    registration.addUrlPatterns("/panou", "/panou/*");
    registration.setName("dosarDashboardSession");
    return registration;
  }

  /** The webapps' user of the session, for the engine the webapps serve. */
  static Optional<UserAuthentication> userOf(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications.getAuthentications().stream()
        .filter(user -> engine.getName().equals(user.getProcessEngineName())).findFirst();
  }

  static final class Filter extends OncePerRequestFilter {

    private final ProcessEngine engine;

    Filter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        return;
      }
      Optional<UserAuthentication> user = userOf(request, engine);
      if (user.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
      IdentityService identity = engine.getIdentityService();
      String userId = user.get().getName();
      identity.clearAuthentication();
      List<String> groups = user.get().getGroupIds() != null
          ? List.copyOf(user.get().getGroupIds())
          : identity.createGroupQuery().groupMember(userId).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId).toList();
      List<String> tenants = user.get().getTenantIds() != null
          ? List.copyOf(user.get().getTenantIds())
          : identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
              .stream().map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
      var token = UsernamePasswordAuthenticationToken.authenticated(user.get().getName(), null,
          groups.stream().map(group -> new SimpleGrantedAuthority(
              CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group)).toList());
      SecurityContextHolder.getContext().setAuthentication(token);
      identity.setAuthentication(user.get().getName(), groups, tenants);
      request.setAttribute(USER, user.get().getName());
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
        SecurityContextHolder.clearContext();
      }
    }
  }
}
