package ro.dosar.equality.complaint;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps complaint content out of the engine's history. The history level is {@code full}, which
 * records every value a variable ever had; a complaint form's fields pass through task-local
 * variables (moved into the restricted tables and removed by {@link ComplaintSteps}), so the
 * history of process {@code harassmentComplaint} records only the variables of {@link
 * ComplaintSteps#PROCESS_VARIABLES}, as variables or as submitted form fields — whatever else a
 * form or a REST client sends never reaches the history tables. Every other process's history is untouched.
 */
@Component
class ComplaintHistoryFilter extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filtering(configuration.getHistoryEventHandler()));
  }

  static boolean recorded(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return !ofComplaint(event)
          || ComplaintSteps.PROCESS_VARIABLES.contains(variable.getVariableName());
    }
    // A submitted form's fields are also recorded as form properties.
    if (event instanceof HistoricFormPropertyEventEntity field) {
      return !ofComplaint(event)
          || ComplaintSteps.PROCESS_VARIABLES.contains(field.getPropertyId());
    }
    return true;
  }

  private static boolean ofComplaint(HistoryEvent event) {
    String definition = event.getProcessDefinitionKey() != null
        ? event.getProcessDefinitionKey()
        : String.valueOf(event.getProcessDefinitionId()).split(":")[0];
    return ComplaintSteps.PROCESS_KEY.equals(definition);
  }

  /** The engine's handler, without the variable events a complaint may not record. */
  record Filtering(HistoryEventHandler delegate) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (recorded(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      delegate.handleEvents(events.stream().filter(ComplaintHistoryFilter::recorded).toList());
    }
  }
}
