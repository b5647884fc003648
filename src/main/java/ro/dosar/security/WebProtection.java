package ro.dosar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What protects every page and answer of Dosar beside authentication:
 * <ul>
 *   <li>the security headers on every response (public pages, the API, the Camunda webapps):
 *       {@code Content-Security-Policy} with {@code frame-ancestors 'none'}, {@code
 *       X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy};
 *       under {@code /camunda/} the webapps' own policy (with its script nonce) is kept;
 *       {@code Strict-Transport-Security} when {@code dosar.security.headers.hsts} is on (the
 *       {@code postgres} profile);</li>
 *   <li>the failed-login throttle of the webapps' login form and of the engine REST's password
 *       check ({@link WebappLoginThrottleFilter});</li>
 *   <li>a Romanian problem+json 400 for a path the firewall refuses ({@code ..}, {@code %2F}).</li>
 * </ul>
 */
@Configuration
@EnableConfigurationProperties(WebProtection.HeaderSettings.class)
class WebProtection {

  /** The public pages: own scripts and styles only, never framed, forms post to Dosar. */
  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeadersFilter(HeaderSettings settings) {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders(settings));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottleFilter(
      LoginThrottle throttle) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle));
    registration.addUrlPatterns(WebappLoginThrottleFilter.WEBAPP_LOGIN + "*",
        WebappLoginThrottleFilter.VERIFY);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) -> ProblemResponses.rejected(response);
  }

  static class SecurityHeaders extends OncePerRequestFilter {

    private final HeaderSettings settings;

    SecurityHeaders(HeaderSettings settings) {
      this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = request.getRequestURI();
      if (!path.startsWith("/camunda/")) {
        // The webapps send their own policy, with the nonce of their inline scripts.
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
      }
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
      if (settings.hsts()) {
        response.setHeader("Strict-Transport-Security", "max-age=" + settings.hstsMaxAge()
            + "; includeSubDomains");
      }
      chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }
  }

  /**
   * {@code dosar.security.headers.*}: HSTS (on in the {@code postgres} profile, which runs behind
   * TLS) and its max-age in seconds.
   */
  @ConfigurationProperties("dosar.security.headers")
  record HeaderSettings(boolean hsts, Long hstsMaxAge) {
    HeaderSettings {
      hstsMaxAge = hstsMaxAge == null ? 31_536_000L : hstsMaxAge;
    }
  }
}
