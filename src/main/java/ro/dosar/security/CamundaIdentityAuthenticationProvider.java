package ro.dosar.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials are checked against the Camunda identity service, the same users and
 * groups that log into Tasklist, Cockpit and Admin. Groups become authorities {@code GROUP_<id>};
 * the user's tenants travel in the authentication details.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  public static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService,
      LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  /**
   * Refused without a look at the password while the user or the address must wait after failed
   * logins ({@link LoginThrottle}); every failure is counted, a success forgets the user's.
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName() == null ? "" : authentication.getName();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : "unknown";
    LoginThrottle.Check check = throttle.check(userId, address);
    if (check.delay().isPresent()) {
      throw new LoginThrottledException(check.delay().get());
    }
    Object credentials = authentication.getCredentials();
    if (!possibleUserId(userId) || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, address);
      throw new BadCredentialsException("Utilizator sau parolă greșită.");
    }
    throttle.succeeded(userId, check);
    List<GrantedAuthority> authorities = identityService.createGroupQuery()
        .groupMember(userId).list().stream()
        .map(Group::getId)
        .<GrantedAuthority>map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
        .toList();
    List<String> tenants = identityService.createTenantQuery()
        .userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    UsernamePasswordAuthenticationToken result =
        UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    result.setDetails(new EngineIdentity(userId, authorities.stream()
        .map(a -> a.getAuthority().substring(GROUP_PREFIX.length())).toList(), tenants));
    return result;
  }

  /** A user id the identity service can hold: anything else fails without a query. */
  static boolean possibleUserId(String userId) {
    return !userId.isEmpty() && userId.length() <= 64
        && !ro.dosar.web.RequestFields.hasControlCharacter(userId);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Who the engine should see as the current user for this request. */
  public record EngineIdentity(String userId, List<String> groupIds, List<String> tenantIds) {
  }
}
