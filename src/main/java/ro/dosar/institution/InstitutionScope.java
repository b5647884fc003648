package ro.dosar.institution;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ro.dosar.security.AsSystem;

/**
 * The one place that knows which institutions a user belongs to, and so what every API may show
 * him. The binding is Camunda's own:
 * <ul>
 *   <li>every institution has a Camunda tenant ({@code tenant-id}, by default its code), and a
 *       user who is a member of tenants (directly or through a group) belongs to the
 *       institutions of those tenants (the demo's {@code mf.*} users: MFRM; the others: UVT);</li>
 *   <li>a user who is a member of no tenant belongs to no institution; records about a person of
 *       no tenant (a staff record kept before his account exists) are the first configured
 *       institution's;</li>
 *   <li>administrators ({@code camunda-admin}) and the engine itself (timers, steps that run
 *       without a user) see every institution.</li>
 * </ul>
 * The current user is the engine's authenticated user of the request (the API's Basic
 * authentication, Tasklist's session), so the same rule applies to the REST API, to start forms
 * and to task forms. Records of another institution are answered as if they did not exist
 * ({@link OutsideInstitutionException}, 404).
 */
@Component
public class InstitutionScope {

  /**
   * A start variable naming the Camunda tenant of the instance, for an instance started without
   * its institution's user (a complaint registered through the public form, the reminder of the
   * next Moldovan cycle).
   */
  public static final String TENANT_VARIABLE = "institutionTenant";

  private final InstitutionRepository institutions;
  private final InstitutionProperties configured;
  private final IdentityService identity;

  public InstitutionScope(InstitutionRepository institutions, InstitutionProperties configured,
      IdentityService identity) {
    this.institutions = institutions;
    this.configured = configured;
    this.identity = identity;
  }

  /** The codes of the current user's institutions; every institution for an administrator. */
  public Set<String> ofCaller() {
    Authentication caller = identity.getCurrentAuthentication();
    if (unrestricted(caller)) {
      return codes(all());
    }
    // An authentication set without its tenants (Java code that named only user and groups):
    // the user's memberships decide.
    return of(caller.getTenantIds() != null ? caller.getTenantIds()
        : memberships(caller.getUserId()));
  }

  /**
   * The codes of the institutions whose records about a user are theirs, by his tenant
   * memberships (read with system rights). A person of no tenant — a staff record kept before his
   * account exists — is the installation's own institution's (the first configured).
   */
  public Set<String> ofUser(String userId) {
    List<String> tenants = memberships(userId);
    if (tenants.isEmpty()) {
      Set<String> own = new LinkedHashSet<>();
      all().stream().findFirst().map(Institution::code).ifPresent(own::add);
      return own;
    }
    return of(tenants);
  }

  /** Whether the current user may see records of the institution. */
  public boolean allows(String institutionCode) {
    return institutionCode != null && ofCaller().contains(institutionCode);
  }

  /** Refuses (404) a record of an institution that is not the current user's. */
  public void require(String institutionCode) {
    if (!allows(institutionCode)) {
      throw new OutsideInstitutionException();
    }
  }

  /** Whether the current user shares an institution with the user a record is about. */
  public boolean allowsUser(String userId) {
    if (unrestricted(identity.getCurrentAuthentication())) {
      return true;
    }
    Set<String> mine = ofCaller();
    return userId != null && ofUser(userId).stream().anyMatch(mine::contains);
  }

  /** Whether the current user may see records that run in the Camunda tenant (null: none). */
  public boolean allowsTenant(String tenantId) {
    return institutionOfTenant(tenantId).map(this::allows)
        .orElseGet(() -> unrestricted(identity.getCurrentAuthentication()));
  }

  /**
   * The institution a request names, or, when it names none, the current user's (the first
   * configured one for an administrator or the engine). Unknown or another institution's: 404.
   */
  public String chosen(Object given) {
    String code = given == null ? "" : given.toString().strip();
    Set<String> mine = ofCaller();
    if (code.isEmpty()) {
      return mine.stream().findFirst().orElseThrow(OutsideInstitutionException::new);
    }
    if (!mine.contains(code)) {
      throw new OutsideInstitutionException();
    }
    return code;
  }

  /**
   * The institution a process instance being started belongs to: that of its tenant, else the
   * starter's (the first configured one when the engine starts it by itself).
   */
  public String ofStart(String tenantId) {
    return institutionOfTenant(tenantId).orElseGet(() -> chosen(null));
  }

  /** The institution whose procedures run in the tenant. */
  public Optional<String> institutionOfTenant(String tenantId) {
    if (tenantId == null) {
      return Optional.empty();
    }
    return all().stream().filter(i -> tenantId.equals(i.tenantId()))
        .map(Institution::code).findFirst();
  }

  /** The tenant an institution's process instances run in, or null when it has none. */
  public String tenantOf(String institutionCode) {
    return institutions.findByCode(institutionCode).map(Institution::tenantId).orElse(null);
  }

  private Set<String> of(List<String> tenantIds) {
    List<Institution> all = all();
    Set<String> codes = new LinkedHashSet<>();
    if (tenantIds == null || tenantIds.isEmpty()) {
      all.stream().filter(i -> i.tenantId() == null).map(Institution::code).forEach(codes::add);
    } else {
      all.stream().filter(i -> i.tenantId() != null && tenantIds.contains(i.tenantId()))
          .map(Institution::code).forEach(codes::add);
    }
    return codes;
  }

  /** Every institution, those configured first and in their configured order. */
  private List<Institution> all() {
    List<String> order = configured.institutions().stream().map(Institution::code).toList();
    return institutions.findAll().stream().sorted(Comparator.comparingInt(i -> {
      int index = order.indexOf(i.code());
      return index < 0 ? Integer.MAX_VALUE : index;
    })).toList();
  }

  private static boolean unrestricted(Authentication caller) {
    return caller == null || caller.getGroupIds() != null
        && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  private static Set<String> codes(List<Institution> all) {
    Set<String> codes = new LinkedHashSet<>();
    all.stream().map(Institution::code).filter(Objects::nonNull).forEach(codes::add);
    return codes;
  }

  /** The tenants a user is a member of, directly or through a group (read with system rights). */
  private List<String> memberships(String userId) {
    return userId == null ? List.of() : AsSystem.call(identity, () -> identity.createTenantQuery()
        .userMember(userId).includingGroupsOfUser(true).list().stream().map(Tenant::getId)
        .toList());
  }
}
