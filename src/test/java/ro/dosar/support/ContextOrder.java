package ro.dosar.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs the test classes that share an application context one after another, so that with
 * {@link OneLiveContext} each configuration starts once: classes are grouped by the key under
 * which Spring caches their context (the merged configuration: annotations, properties,
 * profiles, mock beans), the groups in the order of their first class name, and the classes of a
 * group by name. Within a group the classes with {@code @DirtiesContext} (after the class) come
 * first: each finds the context freshly started and closes it after itself, so a class that uses
 * up shared data (the demo contest's open tasks) gets fresh data of its own while the others
 * share one context. Classes without a Spring context come first. Set as the default class order in
 * {@code junit-platform.properties}.
 */
public class ContextOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    Map<Class<?>, Object> keys = new HashMap<>();
    Map<Object, String> firstName = new HashMap<>();
    for (ClassDescriptor descriptor : context.getClassDescriptors()) {
      Class<?> testClass = descriptor.getTestClass();
      Object key = contextKey(testClass);
      keys.put(testClass, key);
      firstName.merge(key, testClass.getName(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    context.getClassDescriptors().sort(Comparator
        .comparing((ClassDescriptor d) -> keys.get(d.getTestClass()) != NO_CONTEXT)
        .thenComparing(d -> firstName.get(keys.get(d.getTestClass())))
        .thenComparing(d -> !dirtiesContext(d.getTestClass()))
        .thenComparing(d -> d.getTestClass().getName()));
  }

  private static final Object NO_CONTEXT = new Object();

  private static Object contextKey(Class<?> testClass) {
    if (!usesSpring(testClass)) {
      return NO_CONTEXT;
    }
    try {
      MergedContextConfiguration key =
          BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
      return Objects.requireNonNull(key);
    } catch (RuntimeException e) {
      // Its own group; the class reports the configuration error when it runs.
      return testClass;
    }
  }

  private static boolean dirtiesContext(Class<?> testClass) {
    return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
        .isPresent(DirtiesContext.class);
  }

  private static boolean usesSpring(Class<?> testClass) {
    return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).stream(ExtendWith.class)
        .anyMatch(a -> Arrays.asList(a.getClassArray("value")).contains(SpringExtension.class));
  }
}
