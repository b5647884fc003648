package ro.dosar.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields a Camunda Form (form-js JSON, {@code forms/**}) lets a user submit: the first segment
 * of every component's {@code key}, groups and dynamic lists with a {@code path} counting as one
 * field under that path, nested components collected recursively. Fields shown read-only (or
 * disabled) are listed apart: they display process data and are never the user's to change.
 */
record FormFields(Set<String> writable, Set<String> readOnly) {

  static final FormFields NONE = new FormFields(Set.of(), Set.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  static FormFields parse(InputStream form) {
    try (form) {
      Set<String> writable = new LinkedHashSet<>();
      Set<String> readOnly = new LinkedHashSet<>();
      collect(JSON.readTree(form).path("components"), writable, readOnly);
      readOnly.removeAll(writable);
      return new FormFields(Collections.unmodifiableSet(writable),
          Collections.unmodifiableSet(readOnly));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form", e);
    }
  }

  boolean contains(String field) {
    return writable.contains(field) || readOnly.contains(field);
  }

  private static void collect(JsonNode components, Set<String> writable, Set<String> readOnly) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      String key = component.path("key").asText("");
      boolean shownOnly = component.path("readonly").asBoolean(false)
          || component.path("disabled").asBoolean(false);
      if (!path.isBlank()) {
        (shownOnly ? readOnly : writable).add(firstSegment(path));
        continue;
      }
      if (!key.isBlank()) {
        (shownOnly ? readOnly : writable).add(firstSegment(key));
      }
      collect(component.path("components"), writable, readOnly);
    }
  }

  private static String firstSegment(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
