package ro.dosar.enginerest;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Caches for the relations Camunda's HAL task lists embed, which Tasklist asks for on every
 * refresh of a filter ({@code /filter/{id}/list} and {@code /task} with
 * {@code Accept: application/hal+json}): the assignee and owner (users), groups, process and case
 * definitions. Camunda's own REST web application configures such caches in its {@code web.xml}
 * ({@code org.camunda.bpm.engine.rest.hal.cache.config}); a Spring Boot application has no
 * {@code web.xml}, so without this every page resolved them again, each through its own
 * authorization-checked query (docs/performance.md, P3).
 *
 * <p>Unlike Camunda's {@code DefaultHalResourceCache} (shared by all callers, not thread-safe), a
 * {@link UserScopedHalCache} serves an entry only to the caller whose query resolved it, so a
 * user never sees a name or a definition his own authorizations would not have shown him. A task's
 * identity links are not cached: they change when a task is claimed. A change of a user's name or
 * a definition's suspension shows in the lists within {@link #TIME_TO_LIVE}.
 */
@Component
class HalRelationCaches implements InitializingBean, DisposableBean {

  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
  /** Entries per relation: a few per user who uses Tasklist. */
  static final int CAPACITY = 10_000;
  static final List<Class<?>> CACHED = List.of(HalUser.class, HalGroup.class,
      HalProcessDefinition.class, HalCaseDefinition.class);

  private final List<UserScopedHalCache> caches;

  HalRelationCaches(IdentityService identity) {
    this.caches = CACHED.stream().map(type -> new UserScopedHalCache(
        identity::getCurrentAuthentication, CAPACITY, TIME_TO_LIVE)).toList();
  }

  /** Registers the caches with the REST API's HAL support (Camunda keeps it static). */
  @Override
  public void afterPropertiesSet() {
    for (int i = 0; i < CACHED.size(); i++) {
      Hal.getInstance().registerHalRelationCache(CACHED.get(i), caches.get(i));
    }
  }

  /** Empties the caches (another application in the JVM may have registered its own since). */
  @Override
  public void destroy() {
    caches.forEach(UserScopedHalCache::destroy);
  }
}
