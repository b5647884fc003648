package ro.dosar.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user of the current REST request and his Camunda groups, as the API's authentication
 * recorded them (one place that knows the {@code GROUP_} authority prefix).
 */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static Optional<String> id() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? Optional.empty() : Optional.of(authentication.getName());
  }

  public static Set<String> groups() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Set.of();
    }
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
        .collect(Collectors.toSet());
  }

  public static boolean inAnyGroup(String... groups) {
    Set<String> mine = groups();
    return Arrays.stream(groups).anyMatch(mine::contains);
  }
}
