package ro.dosar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ro.dosar.security.CamundaIdentityAuthenticationProvider.EngineIdentity;

/**
 * Hands the authenticated user to the process engine for the duration of one request, so that
 * Camunda's authorizations apply to everything the request does: the engine REST API and the
 * application's own services alike. Cleared afterwards, always.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getDetails() instanceof EngineIdentity who)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      identityService.setAuthentication(who.userId(), who.groupIds(), who.tenantIds());
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
