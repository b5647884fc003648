package ro.dosar.security;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every authorization Dosar gives at start: the union of the grants each procedure declares
 * ({@link ProcedureGrants}, a bean in the procedure's package naming its resources by its process
 * contracts and decision keys): who (a group, or everyone) may do what on which resource; this
 * class names no process itself. Applied at every start, in every profile, after the role groups
 * of {@link AccessBaseline}: a grant only adds the permissions that are missing, so a restart, a second
 * node (start-up runs one node at a time under the cluster's start-up lock) or an administrator's
 * extra permissions change nothing. What is granted at run time (a cycle's Working Group, a
 * complaint's investigator, a commission's members on their tasks) is granted where it happens.
 *
 * <p>The models and decision tables restate public law: every user may read the models (submitting
 * a task form needs READ on the model) and evaluate the tables (the engine checks READ and
 * CREATE_INSTANCE on a decision evaluated from Java or REST). Starting and following a procedure
 * is for the groups that run it. Harassment complaints are confidential: no grant to everyone.
 */
@Component
@Order(25)
public class Authorizations implements ApplicationRunner {

  /** A group Dosar creates if missing. */
  public record Group(String id, String name) {
  }

  /**
   * A grant of permissions on one resource to a group, or to everyone when {@code group} is null.
   */
  public record Grant(String group, Resource resource, String resourceId,
      List<Permission> permissions) {

    public Grant {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(resourceId, "resourceId");
      permissions = List.copyOf(permissions);
    }
  }

  private final RoleGroups roleGroups;
  private final List<ProcedureGrants> procedures;

  /** The procedures' grants, in their {@code @Order}. */
  public Authorizations(RoleGroups roleGroups, List<ProcedureGrants> procedures) {
    this.roleGroups = roleGroups;
    this.procedures = List.copyOf(procedures);
  }

  /** The groups Dosar creates, beyond the role groups, in the procedures' order. */
  public List<Group> groups() {
    return procedures.stream().flatMap(procedure -> procedure.groups().stream()).distinct()
        .toList();
  }

  /** Every grant, by procedure. */
  public List<Grant> grants() {
    return procedures.stream().flatMap(procedure -> procedure.grants().stream()).toList();
  }

  /** Creates the missing groups and adds the missing permissions; idempotent. */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    apply();
  }

  /** Creates the missing groups and adds the missing permissions; idempotent. */
  public void apply() {
    createGroups();
    grant();
  }

  /** Creates the groups that do not exist yet. */
  public void createGroups() {
    groups().forEach(group -> roleGroups.ensureGroup(group.id(), group.name()));
  }

  /** Adds the permissions of every grant that are missing, each grant once. */
  public void grant() {
    grant(grant -> true);
  }

  /** Adds the missing permissions of the grants chosen (a test's engine may need only some). */
  public void grant(Predicate<Grant> which) {
    for (Grant grant : grants().stream().filter(which).distinct().toList()) {
      Permission[] permissions = grant.permissions().toArray(Permission[]::new);
      if (grant.group() == null) {
        roleGroups.grantEveryone(grant.resource(), grant.resourceId(), permissions);
      } else {
        roleGroups.grantGroup(grant.group(), grant.resource(), grant.resourceId(), permissions);
      }
    }
  }
}
