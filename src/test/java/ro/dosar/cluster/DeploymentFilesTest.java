package ro.dosar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployable cluster of issue 20, as far as a build without Docker can check it:
 * {@code docker-compose.yml} runs at least two identical application nodes on the production
 * profile, each given every variable that profile requires, behind an nginx proxy whose upstream
 * names every node; Mailpit keeps one copy of an e-mail sent twice with the same Message-ID;
 * PostgreSQL's {@code max_connections} covers the nodes' pools plus
 * administration sessions (docs/operations.md, Sizing). (Starting the compose file itself needs
 * a Docker engine, which the build machines do not have.)
 */
class DeploymentFilesTest {

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTwoIdenticalNodesBehindTheProxy_withWhatTheProductionProfileNeeds()
      throws Exception {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of(
        "docker-compose.yml")));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    List<String> apps = services.keySet().stream().filter(name -> name.matches("app\\d+"))
        .toList();
    assertThat(apps).hasSizeGreaterThanOrEqualTo(2);
    apps.forEach(app -> assertThat(services.get(app)).isEqualTo(services.get(apps.get(0))));

    Map<String, Object> app = services.get(apps.get(0));
    Map<String, Object> environment = (Map<String, Object>) app.get("environment");
    assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
        .containsKeys("SPRING_MAIL_HOST", "SPRING_MAIL_PORT");
    String postgresProfile = Files.readString(Path.of(
        "src/main/resources/application-postgres.yaml"));
    Matcher required = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(postgresProfile);
    while (required.find()) {
      assertThat(environment).as("the production profile needs " + required.group(1))
          .containsKey(required.group(1));
    }
    assertThat((Map<String, Object>) services.get("mailpit").get("environment"))
        .as("a resent e-mail (same Message-ID) kept once").containsEntry(
            "MP_IGNORE_DUPLICATE_IDS", "true");
    assertThat(environment.get("SPRING_MAIL_HOST")).isEqualTo("mailpit");

    Map<String, Object> proxy = services.get("proxy");
    assertThat((List<String>) proxy.get("depends_on")).containsAll(apps);
    assertThat((List<String>) proxy.get("volumes"))
        .anyMatch(volume -> volume.startsWith("./config/nginx/dosar.conf:"));
    String nginx = Files.readString(Path.of("config/nginx/dosar.conf"));
    apps.forEach(name -> assertThat(nginx).contains("server " + name + ":8080"));
    assertThat(nginx).contains("proxy_pass http://dosar;");

    String postgresCommand = String.join(" ",
        (List<String>) services.get("postgres").get("command"));
    Matcher max = Pattern.compile("max_connections=(\\d+)").matcher(postgresCommand);
    assertThat(max.find()).isTrue();
    int pool = Integer.parseInt(environment.get("DB_POOL_SIZE").toString());
    assertThat(Integer.parseInt(max.group(1))).isGreaterThanOrEqualTo(apps.size() * pool + 10);
  }
}
