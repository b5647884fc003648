package ro.dosar.enginerest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.cache.Cache;

/**
 * A cache of the engine REST API's HAL relations (the users, groups and definitions a HAL task
 * list embeds) in which an entry is only ever served to the caller whose own, authorization-checked
 * query resolved it: the key is the caller (user, groups, tenants) and the resource's id. No
 * caller (no engine authentication), no caching. Entries live {@code timeToLive} (measured on the
 * machine's clock, not the engine's, which tests and the bench move); at {@code capacity} the
 * expired entries are dropped, and if none had expired, all. Safe for concurrent requests.
 */
final class UserScopedHalCache implements Cache {

  private record Entry(Object resource, long expires) {
  }

  private final Supplier<Authentication> caller;
  private final int capacity;
  private final long timeToLive;
  private final LongSupplier clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  UserScopedHalCache(Supplier<Authentication> caller, int capacity, Duration timeToLive) {
    this(caller, capacity, timeToLive, System::nanoTime);
  }

  UserScopedHalCache(Supplier<Authentication> caller, int capacity, Duration timeToLive,
      LongSupplier nanoClock) {
    this.caller = caller;
    this.capacity = capacity;
    this.timeToLive = timeToLive.toNanos();
    this.clock = nanoClock;
  }

  @Override
  public void put(String id, Object resource) {
    String key = key(id);
    if (key == null || resource == null) {
      return;
    }
    long now = clock.getAsLong();
    if (entries.size() >= capacity) {
      entries.values().removeIf(entry -> now - entry.expires() > 0);
      if (entries.size() >= capacity) {
        entries.clear();
      }
    }
    entries.put(key, new Entry(resource, now + timeToLive));
  }

  @Override
  public Object get(String id) {
    String key = key(id);
    Entry entry = key == null ? null : entries.get(key);
    if (entry == null) {
      return null;
    }
    if (clock.getAsLong() - entry.expires() > 0) {
      entries.remove(key, entry);
      return null;
    }
    return entry.resource();
  }

  @Override
  public void destroy() {
    entries.clear();
  }

  int size() {
    return entries.size();
  }

  /** The caller as the engine checks him, and the id; null without a caller. */
  private String key(String id) {
    Authentication current = caller.get();
    if (current == null || current.getUserId() == null || id == null) {
      return null;
    }
    return String.join("\n", current.getUserId(), sorted(current.getGroupIds()),
        sorted(current.getTenantIds()), id);
  }

  private static String sorted(List<String> ids) {
    return ids == null ? "" : String.join(",", ids.stream().sorted().toList());
  }
}
