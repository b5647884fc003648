package ro.dosar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import ro.dosar.deployment.ModelDeployment;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionRepository;
import ro.dosar.security.RoleGroups;
import ro.dosar.support.Http;

/**
 * What must hold on every database the application runs on: the models are deployed, the
 * webapps answer, the APIs refuse strangers and obey Camunda's authorizations, and the
 * application's tables live in the engine's transaction. Subclasses pick the database and start
 * the application ({@code @SpringBootTest} on a random port, metrics exported).
 */
abstract class ApplicationContractTest {

  /** A user with no administrative rights, created by the test, in the HR group. */
  static final String PLAIN_USER = "tester.hr";
  static final String PLAIN_PASSWORD = "Parola-de-test-1";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ModelDeployment modelDeployment;
  @Autowired
  InstitutionRepository institutions;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TransactionTemplate transactions;

  abstract String adminUser();

  abstract String adminPassword();

  Http admin() {
    return Http.as(port, adminUser(), adminPassword());
  }

  Http plainUser() {
    return Http.as(port, PLAIN_USER, PLAIN_PASSWORD);
  }

  @BeforeEach
  void createPlainUser() {
    if (identityService.createUserQuery().userId(PLAIN_USER).count() == 0) {
      User user = identityService.newUser(PLAIN_USER);
      user.setPassword(PLAIN_PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(PLAIN_USER, RoleGroups.HR);
    }
  }

  @Test
  void everyModelOfTheRepositoryIsDeployedUnderItsRepositoryPath() throws IOException {
    List<String> files;
    try (Stream<Path> paths = Stream.of("bpmn", "dmn", "forms").map(Path::of)
        .filter(Files::isDirectory).flatMap(ApplicationContractTest::walk)) {
      files = paths.filter(Files::isRegularFile)
          .filter(path -> path.toString().matches(".*\\.(bpmn|dmn|form)$"))
          .map(path -> path.toString().replace('\\', '/')).toList();
    }
    assertThat(files).contains("dmn/contest/contest-deadlines.dmn");

    Deployment deployment = modelDeployment.latestDeployment();

    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrderElementsOf(files);
    assertThat(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey("contestDeadlines").deploymentId(deployment.getId()).count())
        .isEqualTo(1);
  }

  private static Stream<Path> walk(Path folder) {
    try {
      return Files.walk(folder);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void tasklistCockpitAndAdminAnswer() {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      HttpResponse<String> page = Http.anonymous(port).get("/camunda/app/" + app + "/default/");

      assertThat(page.statusCode()).as(app).isEqualTo(200);
      assertThat(page.body()).as(app).containsIgnoringCase("<html");
    }
  }

  @Test
  void anonymousCallsToTheApisAreRefusedWithProblemJson() {
    for (String path : List.of("/engine-rest/engine", "/api/institutions",
        "/api/calendar/add-working-days?from=2025-09-01&days=15", "/actuator/prometheus")) {
      HttpResponse<String> response = Http.anonymous(port).get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).as(path)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
          .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
      assertThat(Http.json(response).get("title").asText()).isEqualTo("Autentificare necesară");
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    String user = "tester.wrong";
    if (identityService.createUserQuery().userId(user).count() == 0) {
      User created = identityService.newUser(user);
      created.setPassword("Parola-corecta-1");
      identityService.saveUser(created);
    }

    assertThat(Http.as(port, user, "parola-gresita").get("/engine-rest/engine").statusCode())
        .isEqualTo(401);
  }

  @Test
  void theAdministratorUsesEveryApi() {
    assertThat(admin().get("/engine-rest/engine").statusCode()).isEqualTo(200);
    assertThat(admin().get("/api/institutions").statusCode()).isEqualTo(200);
    HttpResponse<String> metrics = admin().get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");

    HttpResponse<String> deadline =
        admin().get("/api/calendar/add-working-days?from=2025-09-01&days=15");
    assertThat(deadline.statusCode()).isEqualTo(200);
    assertThat(Http.json(deadline).get("date").asText()).isEqualTo("2025-09-22");
  }

  @Test
  void aUserWithoutTheRightIsForbidden_andNothingChanges() {
    HttpResponse<String> metrics = plainUser().get("/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(403);
    assertThat(Http.json(metrics).get("title").asText()).isEqualTo("Acces interzis");

    HttpResponse<String> deletion = plainUser().delete("/engine-rest/user/" + adminUser());
    assertThat(deletion.statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId(adminUser()).count()).isEqualTo(1);
  }

  @Test
  void theEngineSeesTheAuthenticatedUser() {
    HttpResponse<String> visible = plainUser().get("/engine-rest/user/count");
    HttpResponse<String> all = admin().get("/engine-rest/user/count");

    // Without authorizations on other users, the plain user sees only itself.
    assertThat(Http.json(visible).get("count").asLong()).isEqualTo(1);
    assertThat(Http.json(all).get("count").asLong()).isGreaterThan(1);
  }

  @Test
  void healthIsOpenToLoadBalancers() {
    HttpResponse<String> health = Http.anonymous(port).get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Http.json(health).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void theRoleGroupsExistAndEveryUserCanReadTheTasklistFilters() {
    assertThat(identityService.createGroupQuery()
        .groupIdIn(RoleGroups.NAMES.keySet().toArray(String[]::new)).count())
        .isEqualTo(RoleGroups.NAMES.size());

    HttpResponse<String> filters = plainUser().get("/engine-rest/filter");
    assertThat(Http.json(filters).findValuesAsText("name"))
        .contains("Sarcinile mele", "Sarcinile grupurilor mele");
  }

  @Test
  void applicationTablesAndEngineTablesCommitAndRollBackTogether() {
    transactions.executeWithoutResult(status -> {
      institutions.insert(new Institution("ROLLBACK", "Instituție anulată", "RO", null));
      identityService.saveUser(identityService.newUser("rolled.back"));
      status.setRollbackOnly();
    });
    assertThat(institutions.findByCode("ROLLBACK")).isEmpty();
    assertThat(identityService.createUserQuery().userId("rolled.back").count()).isZero();

    try {
      transactions.executeWithoutResult(status -> {
        institutions.insert(new Institution("COMMIT", "Instituție păstrată", "MD", null));
        identityService.saveUser(identityService.newUser("committed"));
      });
      assertThat(institutions.findByCode("COMMIT")).isPresent();
      assertThat(identityService.createUserQuery().userId("committed").count()).isEqualTo(1);
    } finally {
      // The application context is shared: the next test classes see the demo institutions only.
      jdbc.sql("DELETE FROM institution WHERE code = 'COMMIT'").update();
      identityService.deleteUser("committed");
    }
  }

  @Test
  void flywayAppliedTheApplicationMigrations() {
    List<String> versions = jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" = TRUE AND \"version\" <> '0' ORDER BY \"installed_rank\"")
        .query(String.class).list();

    assertThat(versions).startsWith("1");
  }
}
