package ro.dosar.support;

import java.util.List;
import ro.dosar.contest.ContestGrants;
import ro.dosar.discipline.DisciplineGrants;
import ro.dosar.equality.EqualityGrants;
import ro.dosar.evaluation.EvaluationGrants;
import ro.dosar.paygrade.PaygradeGrants;
import ro.dosar.security.Authorizations;
import ro.dosar.security.ProcedureGrants;
import ro.dosar.security.RoleGroups;

/**
 * The application's {@link Authorizations} without Spring: every procedure's grants, in the
 * application's order. {@code AuthorizationsTest} checks that this list names every {@link
 * ProcedureGrants} of the application.
 */
public final class DeclaredGrants {

  private DeclaredGrants() {
  }

  /** Every procedure's grants, the group categorising institutions by hand being the default. */
  public static List<ProcedureGrants> procedures() {
    return procedures(null);
  }

  /** Every procedure's grants, with the group categorising institutions by hand given. */
  public static List<ProcedureGrants> procedures(String manualCategorisationGroup) {
    return List.of(new ContestGrants(), new DisciplineGrants(), new EvaluationGrants(),
        new PaygradeGrants(manualCategorisationGroup), new EqualityGrants());
  }

  /** The application's authorizations, applied through the role groups given. */
  public static Authorizations authorizations(RoleGroups roleGroups) {
    return new Authorizations(roleGroups, procedures());
  }

  /** The application's authorizations with the group categorising institutions by hand given. */
  public static Authorizations authorizations(RoleGroups roleGroups,
      String manualCategorisationGroup) {
    return new Authorizations(roleGroups, procedures(manualCategorisationGroup));
  }
}
