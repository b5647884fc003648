package ro.dosar.enginerest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a Camunda Form (form-js JSON, {@code forms/**}) lets a user submit: the first segment
 * of every component's {@code key}, groups and dynamic lists with a {@code path} counting as one
 * field under that path, nested components collected recursively. Fields shown read-only (or
 * disabled) are listed apart: they display process data and are never the user's to change.
 *
 * <p>What the form shows ({@link #shown}) is wider: its fields, plus the variables it needs to
 * render — those its texts name in templates ({@code {{fileCode}}}), its FEEL expressions
 * ({@code "=not(testType = \"WRITTEN\")"}) and its option lists ({@code valuesKey}). A user who
 * holds the task reads these variables through it, and no other.
 */
record FormFields(Set<String> writable, Set<String> readOnly, Set<String> shown) {

  static final FormFields NONE = new FormFields(Set.of(), Set.of(), Set.of());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static FormFields parse(InputStream form) {
    try (form) {
      JsonNode schema = JSON.readTree(form);
      Set<String> writable = new LinkedHashSet<>();
      Set<String> readOnly = new LinkedHashSet<>();
      collect(schema.path("components"), writable, readOnly);
      readOnly.removeAll(writable);
      Set<String> shown = new LinkedHashSet<>(writable);
      shown.addAll(readOnly);
      referenced(schema.path("components"), shown);
      return new FormFields(Collections.unmodifiableSet(writable),
          Collections.unmodifiableSet(readOnly), Collections.unmodifiableSet(shown));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form", e);
    }
  }

  boolean contains(String field) {
    return writable.contains(field) || readOnly.contains(field);
  }

  /** Whether the form shows the variable (a field, or a name it needs to render). */
  boolean shows(String variable) {
    return shown.contains(variable);
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

  /** The names of templates, FEEL expressions and option lists anywhere under the node. */
  private static void referenced(JsonNode node, Set<String> names) {
    if (node.isTextual()) {
      String text = node.textValue();
      if (text.startsWith("=")) {
        identifiers(text.substring(1), names);
      }
      Matcher template = TEMPLATE.matcher(text);
      while (template.find()) {
        identifiers(template.group(1), names);
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if ("valuesKey".equals(field.getKey()) && field.getValue().isTextual()) {
        names.add(firstSegment(field.getValue().textValue()));
      }
      referenced(field.getValue(), names);
    }
    if (node.isArray()) {
      node.forEach(element -> referenced(element, names));
    }
  }

  private static void identifiers(String expression, Set<String> names) {
    Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll(" "));
    while (identifier.find()) {
      names.add(identifier.group());
    }
  }

  private static String firstSegment(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
