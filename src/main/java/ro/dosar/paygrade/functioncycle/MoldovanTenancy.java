package ro.dosar.paygrade.functioncycle;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ro.dosar.institution.InstitutionProperties;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.paygrade.categorisation.InstitutionCategorisationProcess;

/**
 * Moldova's procedures belong to a Moldovan institution: each instance of a Moldovan process runs
 * in the Camunda tenant of the institution of the user who starts it (the institution's
 * {@code tenant-id}, see {@code dosar.institutions}), and its called processes in the same
 * tenant. With the engine's tenant check (on by default), a user sees only the instances, tasks
 * and history of his own tenants and of no tenant: a Romanian institution's users never see a
 * Moldovan cycle, and one Moldovan institution's Working Group never sees another's.
 *
 * <p>The models stay shared (deployed once, without a tenant); the tenant is given to each
 * instance. A Moldovan process started by a user of no Moldovan institution is refused. Any other
 * process runs in a tenant too ({@link Provider}): every instance carries its institution's
 * tenant, and every institution has one ({@link ro.dosar.institution.InstitutionScope}).
 */
@Component
public class MoldovanTenancy extends AbstractProcessEnginePlugin {

  /** The process keys that belong to a Moldovan institution. */
  public static final Set<String> PROCESSES = Set.of(FunctionEvaluationCycleProcess.KEY,
      FunctionEvaluationReminderProcess.KEY, InstitutionCategorisationProcess.KEY);

  /**
   * A start variable naming the tenant, for an instance a step of another Moldovan instance
   * starts (not a called process): the reminder of the next cycle.
   */
  public static final String TENANT_VARIABLE = InstitutionScope.TENANT_VARIABLE;

  private final InstitutionProperties institutions;

  MoldovanTenancy(InstitutionProperties institutions) {
    this.institutions = institutions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new Provider(institutions.defaultTenant()));
  }

  /**
   * Every instance gets a tenant: that of the process calling it, else the one the start variable
   * names, else (a process other than Moldova's) that of the instance whose step starts it, else
   * its starter's, else the installation's own institution's (demo data, an administrator's
   * start). Moldova's processes need an institution's user or a named tenant.
   */
  static final class Provider implements TenantIdProvider {

    private final String defaultTenant;

    Provider(String defaultTenant) {
      this.defaultTenant = defaultTenant;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      if (ctx.getSuperExecution() != null) {
        return ctx.getSuperExecution().getTenantId();
      }
      Object given = ctx.getVariables() == null ? null
          : ctx.getVariables().getValue(TENANT_VARIABLE, Object.class);
      if (given != null) {
        return given.toString();
      }
      Authentication authentication = Context.getCommandContext() == null ? null
          : Context.getCommandContext().getAuthentication();
      List<String> tenants = authentication == null || authentication.getTenantIds() == null
          ? List.of() : authentication.getTenantIds();
      if (!PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
        BpmnExecutionContext running = Context.getBpmnExecutionContext();
        if (running != null && running.getExecution() != null
            && running.getExecution().getTenantId() != null) {
          return running.getExecution().getTenantId();
        }
        return tenants.isEmpty() ? defaultTenant : tenants.get(0);
      }
      if (tenants.size() != 1) {
        throw new ProcessEngineException(tenants.isEmpty()
            ? "Procedura „" + ctx.getProcessDefinition().getName() + "” aparține unei instituții "
                + "din Republica Moldova: o pornește un utilizator al instituției."
            : "Sunteți membru al mai multor instituții (" + String.join(", ", tenants) + "): "
                + "procedura se pornește pentru instituția aleasă, prin API.");
      }
      return tenants.get(0);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(
        TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
  }
}
