package ro.dosar.enginerest;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link TaskWorkGuard} in front of both engine REST surfaces, after Spring Security (which
 * authenticates {@code /engine-rest} and hands the user to the engine) and before Camunda's
 * webapp filters (the guard reads Tasklist's session user itself).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestGuardConfig {

  @Bean
  FilterRegistrationBean<TaskWorkGuard> taskWorkGuard(ProcessEngine engine) {
    FilterRegistrationBean<TaskWorkGuard> registration =
        new FilterRegistrationBean<>(new TaskWorkGuard(engine));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(0);
    return registration;
  }
}
