package ro.dosar.security;

import static ro.dosar.security.CamundaIdentityAuthenticationProvider.GROUP_PREFIX;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ro.dosar.security.CamundaIdentityAuthenticationProvider.EngineIdentity;

/**
 * One login: a user logged into Tasklist, Cockpit or Admin calls Dosar's {@code /api} with that
 * session, without a second password (the PDFs and pages a form links to). Only when the request
 * carries no {@code Authorization} header; the user is the one Camunda's webapp login stored in
 * the session, and his groups and tenants are read afresh from the identity service, so he gets
 * exactly what the same user gets with HTTP Basic. A state-changing request ridden on the session
 * must echo the session's CSRF token (header {@code X-XSRF-TOKEN}, as Tasklist sends it), else
 * 403: a page elsewhere cannot make the browser act for the user.
 */
class WebappSessionLogin extends OncePerRequestFilter {

  /** Where Camunda's webapps keep their CSRF token in the session (CsrfPreventionFilter). */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final String ENGINE = "default";
  /** Where Camunda's webapp login keeps the users of the session (AuthenticationUtil). */
  private static final String CAMUNDA_LOGIN = "authenticatedUser";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identityService;

  WebappSessionLogin(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || path.startsWith("/api/public/")
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String userId = session == null ? null : webappUser(session);
    if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request, session)) {
      ProblemResponses.csrfRefused(response);
      return;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    List<GrantedAuthority> authorities = groups.stream()
        .<GrantedAuthority>map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
    UsernamePasswordAuthenticationToken authentication =
        UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    authentication.setDetails(new EngineIdentity(userId, groups, tenants));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  /**
   * Read only: Camunda's {@code AuthenticationUtil.getAuthsFromSession} stores an empty login
   * when it finds none, which, racing with a webapp request on the same session (a PDF opened
   * beside Tasklist), could log the user out.
   */
  private static String webappUser(HttpSession session) {
    Authentication user = session.getAttribute(CAMUNDA_LOGIN) instanceof Authentications logins
        ? logins.getAuthenticationForProcessEngine(ENGINE) : null;
    return user == null ? null : user.getName();
  }

  private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    return expected != null && expected.equals(request.getHeader(CSRF_HEADER));
  }
}
