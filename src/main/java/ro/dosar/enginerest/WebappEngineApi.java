package ro.dosar.enginerest;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tasklist's and Cockpit's own engine API ({@code /camunda/api/engine}) answers errors as
 * {@code /engine-rest} does: Romanian problem+json from {@link EngineRestExceptionMapper} instead
 * of Camunda's English bodies with ENGINE-codes. Camunda's webapp initializer registers the
 * servlet "Engine Api" only when none of that name exists; this registers it first, with the
 * same resources and Dosar's exception mapper in place of Camunda's.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApi {

  static final String SERVLET_NAME = "Engine Api";

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
      CamundaBpmProperties properties) {
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
        new ServletContainer(), properties.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(SERVLET_NAME);
    registration.addInitParameter("jakarta.ws.rs.Application",
        RomanianEngineRestApplication.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Camunda's webapp engine API, with {@link EngineRestExceptionMapper} for its errors. */
  public static class RomanianEngineRestApplication extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.removeAll(EngineRestConfig.REPLACED_MAPPERS);
      classes.add(EngineRestExceptionMapper.class);
      return classes;
    }
  }
}
