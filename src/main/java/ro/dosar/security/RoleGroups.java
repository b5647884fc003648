package ro.dosar.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The role groups that the process models route work to (candidate groups), and the helpers
 * that grant them Camunda authorizations idempotently. Procedures add their own grants through
 * {@link #grantGroup}; nothing here is demo data.
 */
@Component
public class RoleGroups {

  public static final String HR = "hr";
  public static final String RECTOR = "rector";
  public static final String LEGAL = "legal";
  public static final String COMMISSION_SECRETARY = "commission-secretary";
  public static final String HEAD_OF_STRUCTURE = "head-of-structure";
  public static final String COMMISSION = "commission";
  public static final String REGISTRY = "registry";
  /**
   * The Equality Officer of the gender equality plan (Responsabil cu Egalitatea de Șanse): the
   * focal point for harassment and discrimination complaints and the author of the annual
   * monitoring report draft. The institution's head ({@link #RECTOR}) is the plan's Director
   * General.
   */
  public static final String EQUALITY_OFFICER = "equality-officer";
  /**
   * The trusted persons the anti-harassment regulation designates ([S9.1]): they register a
   * harassment or discrimination complaint on the complainant's behalf and see nothing of it
   * afterwards.
   */
  public static final String TRUSTED_PERSON = "trusted-person";

  /** Group id → the name shown in Admin and Tasklist. */
  public static final Map<String, String> NAMES = Map.of(
      HR, "Resurse umane (D.R.U.)",
      RECTOR, "Rector / conducătorul instituției",
      LEGAL, "Consilier juridic",
      COMMISSION_SECRETARY, "Secretar de comisie",
      HEAD_OF_STRUCTURE, "Șef de structură",
      COMMISSION, "Membri ai comisiilor",
      REGISTRY, "Registratura",
      EQUALITY_OFFICER, "Responsabil cu egalitatea de șanse",
      TRUSTED_PERSON, "Persoană de încredere (plângeri de hărțuire)");

  static final String WORKFLOW_GROUP = "WORKFLOW";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public RoleGroups(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** Creates the group if it does not exist. */
  public void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(WORKFLOW_GROUP);
      identityService.saveGroup(group);
    }
  }

  /** Grants the permissions to the group on the resource, adding to what it already has. */
  public void grantGroup(String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream().findFirst()
        .orElseGet(() -> {
          Authorization created =
              authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          created.setGroupId(groupId);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    grantMissing(authorization, permissions);
  }

  /** Grants the permissions on the resource to every user (a global authorization). */
  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).list().stream().findFirst()
        .orElseGet(() -> {
          Authorization created =
              authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
          created.setResource(resource);
          created.setResourceId(resourceId);
          return created;
        });
    grantMissing(authorization, permissions);
  }

  private void grantMissing(Authorization authorization, Permission... permissions) {
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** The baseline every role group needs: Tasklist for all, Cockpit for HR. */
  void ensureBaseline() {
    NAMES.forEach(this::ensureGroup);
    NAMES.keySet().forEach(group ->
        grantGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
    grantGroup(HR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
  }
}
