package ro.dosar.security;

import ro.dosar.web.CachedBodyRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@link LoginThrottle} on the two password checks that are not HTTP Basic: the login form of
 * the Camunda webapps ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields
 * {@code username}, {@code password}; 401 when wrong) and the engine REST's password check
 * ({@code POST /engine-rest/identity/verify}, JSON {@code username}, {@code password}; 200 with
 * {@code "authenticated":false} when wrong). A login that must wait is answered with 429.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
  static final String VERIFY = "/engine-rest/identity/verify";
  private static final int MAX_VERIFY_BODY = 16 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoginThrottle throttle;

  WebappLoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod())
        || !(VERIFY.equals(path) || (path.startsWith(WEBAPP_LOGIN) && path.contains("/login/")));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    boolean verify = VERIFY.equals(request.getRequestURI());
    HttpServletRequest forwarded = request;
    String userId;
    if (verify) {
      byte[] body = request.getInputStream().readNBytes(MAX_VERIFY_BODY);
      userId = username(body);
      forwarded = new CachedBodyRequest(request, body);
    } else {
      userId = request.getParameter("username");
    }
    if (userId == null) {
      chain.doFilter(forwarded, response);
      return;
    }
    String address = request.getRemoteAddr();
    LoginThrottle.Check check = throttle.check(userId, address);
    if (check.delay().isPresent()) {
      ProblemResponses.throttled(response,
          new LoginThrottledException(check.delay().get()).retryAfterSeconds());
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(forwarded, answer);
      Boolean succeeded = verify ? verified(answer) : webappLogin(answer.getStatus());
      if (Boolean.TRUE.equals(succeeded)) {
        throttle.succeeded(userId, check);
      } else if (Boolean.FALSE.equals(succeeded)) {
        throttle.failed(userId, address);
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  /** 200: logged in; 401: wrong user or password; 403: right password, no access to the app. */
  private static Boolean webappLogin(int status) {
    return switch (status) {
      case 200, 403 -> true;
      case 401 -> false;
      default -> null;
    };
  }

  private static Boolean verified(ContentCachingResponseWrapper answer) {
    if (answer.getStatus() != 200) {
      return null;
    }
    try {
      JsonNode result = JSON.readTree(answer.getContentAsByteArray());
      return result != null && result.path("authenticated").asBoolean(false);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String username(byte[] body) {
    try {
      JsonNode request = JSON.readTree(body);
      return request != null && request.path("username").isTextual()
          ? request.get("username").asText() : null;
    } catch (IOException notJson) {
      return null;
    }
  }
}
