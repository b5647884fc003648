package ro.dosar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The Romanian translations of the Camunda webapps ({@code app/<app>/locales/ro.json}, ours)
 * against the English originals of the Camunda webjar on the classpath ({@code en.json}): every
 * English key has its Romanian text, in the same order (so the files can be contributed upstream),
 * with the same placeholders, and Romanian is written with ș and ț (comma below), never the
 * cedilla letters ş and ţ.
 */
class CamundaRomanianLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  private static final Pattern CEDILLA = Pattern.compile("[şţŞŢ]");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasItsRomanianTextInTheSameOrder(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> romanian = flatten(read(app, "ro"));

    assertThat(english).as("%s: Camunda's en.json", app).hasSizeGreaterThan(100);
    assertThat(romanian.keySet()).as("%s: the keys of ro.json, in en.json's order", app)
        .containsExactlyElementsOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void romanianTextsKeepThePlaceholdersAndUseCommaBelowLetters(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> romanian = flatten(read(app, "ro"));

    List<String> wrongPlaceholders = new ArrayList<>();
    List<String> cedillas = new ArrayList<>();
    romanian.forEach((key, text) -> {
      if (!placeholders(text).equals(placeholders(english.getOrDefault(key, "")))) {
        wrongPlaceholders.add(key + " = " + text);
      }
      if (CEDILLA.matcher(text).find()) {
        cedillas.add(key + " = " + text);
      }
    });
    assertThat(wrongPlaceholders).as("%s: texts whose placeholders differ from English", app)
        .isEmpty();
    assertThat(cedillas).as("%s: texts with ş or ţ (cedilla) instead of ș or ț", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void tasklistSpeaksTheVocabularyOfItsUsers(String app) throws IOException {
    Map<String, String> romanian = flatten(read(app, "ro"));

    assertThat(romanian).containsEntry("labels.CAM_WIDGET_FOOTER_TIMEZONE",
        "Datele și orele sunt afișate în fusul orar:");
    assertThat(romanian).containsEntry("dateLocales.longDateFormat.L", "DD.MM.YYYY");
    assertThat(romanian).containsEntry("dateLocales.week.dow", "1");
    if (app.equals("tasklist")) {
      assertThat(romanian).containsEntry("labels.CLAIM_TASK", "Revendică")
          .containsEntry("labels.COMPLETE", "Finalizează")
          .containsEntry("labels.TASKS", "Sarcini")
          .containsEntry("labels.START_PROCESS", "Pornește procesul")
          .containsEntry("labels.PAGE_LOGIN_SIGN_IN_ACTION", "Autentificare");
    }
  }

  private JsonNode read(String app, String language) throws IOException {
    ClassPathResource resource = new ClassPathResource(String.format(LOCALES, app, language));
    try (InputStream in = resource.getInputStream()) {
      // Camunda's en.json files start with a byte order mark.
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  /** Every leaf of the JSON tree by its dotted path, in document order. */
  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }
}
