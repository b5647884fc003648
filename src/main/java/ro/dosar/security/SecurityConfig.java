package ro.dosar.security;

import static ro.dosar.security.CamundaIdentityAuthenticationProvider.GROUP_PREFIX;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against the Camunda identity
 *       service, stateless; then Camunda's own authorizations decide what the user may see and
 *       do. On {@code /api/**} the webapps' session is accepted too ({@link WebappSessionLogin}:
 *       one login, CSRF token for writes). {@code /api/public/**} is open (public pages, results by numeric code).</li>
 *   <li>{@code /actuator/health} is open (load balancers); the other actuator endpoints
 *       (Prometheus metrics) are for administrators ({@code camunda-admin}).</li>
 *   <li>The Camunda webapps (Tasklist, Cockpit, Admin under {@code /camunda/}) keep their own
 *       session login and CSRF protection, against the same identity service.</li>
 * </ul>
 * Unauthenticated: 401; authenticated but not allowed: 403; both as problem+json.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http,
      CamundaIdentityAuthenticationProvider authenticationProvider,
      IdentityService identityService) throws Exception {
    // Path matchers, not MVC matchers: /engine-rest is served by Jersey, not by Spring MVC.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"),
            path.matcher("/engine-rest/**"), path.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher("/api/public/**")).permitAll()
            .requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/**"))
            .permitAll()
            .requestMatchers(path.matcher("/actuator/**"))
            .hasAuthority(GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        // Only this provider, without the global manager as a fallback: a wrong password is
        // checked (and counted by the login throttle) once.
        .authenticationManager(new ProviderManager(authenticationProvider))
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(ProblemResponses.unauthorized())
            .accessDeniedHandler(ProblemResponses.forbidden()))
        // The webapps' session is only read here, never renewed: a new session id on a PDF
        // answer (session fixation protection) left Tasklist's requests still on the old id
        // without a login (401, Tasklist's login page). The session's id is renewed by the
        // webapps' own login.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // Basic is stateless; a request riding on the webapps' session must carry its CSRF
        // token (WebappSessionLogin), so Spring's own CSRF check is not needed.
        .csrf(csrf -> csrf.disable())
        // One login: the webapps' session is accepted on /api (CSRF token for writes).
        .addFilterBefore(new WebappSessionLogin(identityService),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }
}
