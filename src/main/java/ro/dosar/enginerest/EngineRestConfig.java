package ro.dosar.enginerest;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API ({@code /engine-rest}) as Camunda's starter configures it, with one
 * difference: Camunda's exception mappers (which answer most client errors with 500 and the
 * engine's internal message) are replaced by {@link EngineRestExceptionMapper}. Being a
 * {@link CamundaJerseyResourceConfig}, it takes the place of the starter's default one.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  static final Set<Class<?>> REPLACED_MAPPERS = Set.of(ExceptionHandler.class,
      ProcessEngineExceptionHandler.class, RestExceptionHandler.class,
      JsonMappingExceptionHandler.class, JsonParseExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> !REPLACED_MAPPERS.contains(type)).collect(Collectors.toSet()));
    register(JacksonFeature.class);
    register(EngineRestExceptionMapper.class);
  }
}
