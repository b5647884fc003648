package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.support.Http;

/**
 * Who may call which of Dosar's own {@code /api} paths, as a table a reviewer reads at once:
 * one row per request, one column per demo role (each procedure's actors, MFRM's users as
 * another institution, {@code salariat} as an employee with no role group, anonymous), each cell
 * the HTTP status expected. 404 is "not yours": another institution's record, or a case the
 * user may not know of. After every refused write, the state it would have changed is read back
 * unchanged.
 *
 * <p>{@code mf.hr} (MFRM's HR officer and Equality Officer) is created here; the rest are the
 * demo's users. {contest}: the demo contest (UVT); {cycle}: the demo function evaluation cycle
 * (MFRM); {case}: a UVT harassment complaint registered by {@code egalitate} for this test;
 * {year}: the current year; {lastYear}: the year the demo's evaluation campaign evaluates.
 * Run on H2 ({@link ApiAccessMatrixTest}) and on PostgreSQL
 * ({@link ApiAccessMatrixOnPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiAccessMatrix {

  static final String MATRIX = """
      request                                         | hr  | rector | juridic | secretar | sef | registratura | membru1 | egalitate | incredere | mf.politica | mf.hr | salariat | anonim
      GET  /api/institutions                          | 200 | 200    | 200     | 200      | 200 | 200          | 200     | 200       | 200       | 200         | 200   | 200      | 401
      GET  /api/staff                                 | 200 | 403    | 403     | 200      | 403 | 403          | 403     | 403       | 403       | 403         | 200   | 403      | 401
      GET  /api/staff/salariat                        | 200 | 403    | 403     | 200      | 403 | 403          | 403     | 403       | 403       | 403         | 404   | 403      | 401
      PUT  /api/staff/matrix.angajat                  | 200 | 403    | 403     | 200      | 403 | 403          | 403     | 403       | 403       | 403         | 404   | 403      | 401
      GET  /api/contests/{contest}                    | 200 | 200    | 200     | 200      | 404 | 404          | 200     | 404       | 404       | 404         | 404   | 404      | 401
      GET  /api/contests/{contest}/documents          | 200 | 200    | 200     | 200      | 404 | 404          | 200     | 404       | 404       | 404         | 404   | 404      | 401
      GET  /api/evaluation/salariat/{lastYear}/documents | 200 | 200 | 404     | 200      | 200 | 404          | 404     | 404       | 404       | 404         | 404   | 200      | 401
      GET  /api/paygrade/cycles/{cycle}               | 404 | 404    | 404     | 404      | 404 | 404          | 404     | 404       | 404       | 200         | 200   | 404      | 401
      GET  /api/equality/report?year={year}           | 200 | 200    | 403     | 200      | 403 | 403          | 403     | 200       | 403       | 403         | 200   | 403      | 401
      GET  /api/equality/report?year={year}&institution=MFRM | 404 | 404 | 403  | 404      | 403 | 403          | 403     | 404       | 403       | 403         | 200   | 403      | 401
      GET  /api/equality/trainings?year={year}        | 200 | 200    | 403     | 200      | 403 | 403          | 403     | 200       | 403       | 403         | 200   | 403      | 401
      POST /api/equality/trainings (for MFRM)         | 404 | 403    | 403     | 404      | 403 | 403          | 403     | 404       | 403       | 403         | 201   | 403      | 401
      POST /api/equality/complaints (for MFRM)        | 403 | 403    | 403     | 403      | 403 | 403          | 403     | 404       | 404       | 403         | 201   | 403      | 401
      GET  /api/equality/complaints/{case}            | 404 | 200    | 404     | 404      | 404 | 404          | 404     | 200       | 404       | 404         | 404   | 404      | 401
      GET  /api/equality/complaints/{case}/investigator-candidates | 404 | 200 | 404 | 404 | 404 | 404          | 404     | 200       | 404       | 404         | 404   | 404      | 401
      POST /api/equality/complaints/{case}/investigators | 404 | 200  | 404     | 404      | 404 | 404          | 404     | 200       | 404       | 404         | 404   | 404      | 401
      POST /api/equality/complaints/{case}/notes      | 404 | 201    | 404     | 404      | 404 | 404          | 404     | 201       | 404       | 404         | 404   | 404      | 401
      """;

  /** The bodies of the writes, by request. */
  static final Map<String, String> BODIES = Map.of(
      "PUT  /api/staff/matrix.angajat", """
          {"fullName":"Angajat Matrice","department":"Secretariat","gender":"FEMALE"}""",
      "POST /api/equality/trainings (for MFRM)", """
          {"type":"ANTI_HARASSMENT","title":"Prevenirea hărțuirii","heldOn":"%s",
           "format":"ONLINE","trainerType":"LOCAL_TRAINER","institution":"MFRM"}"""
          .formatted(LocalDate.now(ZoneId.of("Europe/Bucharest")).minusDays(1)),
      "POST /api/equality/complaints (for MFRM)", """
          {"type":"MORAL_HARASSMENT","channel":"TRUSTED_PERSON","institution":"MFRM",
           "description":"Colegul meu este umilit zilnic în ședințe."}""",
      "POST /api/equality/complaints/{case}/investigators", "{\"userId\":\"membru5\"}",
      "POST /api/equality/complaints/{case}/notes",
      "{\"kind\":\"NOTE\",\"text\":\"Audierea martorului, 10.12.2026.\"}");

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;

  private final Map<String, String> placeholders = new LinkedHashMap<>();

  @BeforeAll
  void fixtures() {
    if (identity.createUserQuery().userId("mf.hr").count() == 0) {
      User user = identity.newUser("mf.hr");
      user.setPassword("mf.hr");
      identity.saveUser(user);
      identity.createMembership("mf.hr", RoleGroups.HR);
      identity.createMembership("mf.hr", RoleGroups.EQUALITY_OFFICER);
      identity.createTenantUserMembership("MFRM", "mf.hr");
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Bucharest"));
    placeholders.put("{year}", String.valueOf(today.getYear()));
    placeholders.put("{lastYear}", String.valueOf(today.getYear() - 1));
    placeholders.put("{contest}", jdbc.sql("SELECT MIN(id) FROM contest WHERE "
        + "institution_code = 'UVT'").query(String.class).single());
    placeholders.put("{cycle}", jdbc.sql("SELECT MIN(id) FROM function_evaluation_cycle")
        .query(String.class).single());
    HttpResponse<String> complaint = Http.as(port, "egalitate", "egalitate").postJson(
        "/api/equality/complaints", """
            {"type":"SEXUAL_HARASSMENT","channel":"IN_PERSON",
             "description":"Comentarii repetate cu tentă sexuală."}""");
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);
    placeholders.put("{case}", Http.json(complaint).get("id").asText());
  }

  /** Every cell of the table: request × role → expected status. */
  Stream<Arguments> cells() {
    List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
    List<String> roles = columns(lines.get(0)).subList(1, columns(lines.get(0)).size());
    List<Arguments> cells = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> columns = columns(line);
      for (int i = 0; i < roles.size(); i++) {
        cells.add(Arguments.of(columns.get(0), roles.get(i),
            Integer.parseInt(columns.get(i + 1))));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("cells")
  void theRoleGetsWhatTheTableSays(String request, String role, int expected) {
    String[] parts = request.split("\\s+");
    String method = parts[0];
    String path = resolve(parts[1]);
    Supplier<Object> state = stateTouchedBy(request);
    Object before = state.get();

    HttpResponse<String> response = send(role, method, path, BODIES.get(request));

    assertThat(response.statusCode()).as("%s as %s: %s", request, role, response.body())
        .isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.headers().firstValue("Content-Type")).as("problem+json")
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      if (!"GET".equals(method)) {
        assertThat(state.get()).as("%s as %s changed nothing", request, role).isEqualTo(before);
      }
    }
  }

  private HttpResponse<String> send(String role, String method, String path, String body) {
    Http http = "anonim".equals(role) ? Http.anonymous(port) : Http.as(port, role, role);
    return switch (method) {
      case "GET" -> http.get(path);
      case "POST" -> http.postJson(path, body);
      case "PUT" -> http.putJson(path, body);
      default -> throw new IllegalArgumentException(method);
    };
  }

  /** What a write would change, read straight from the tables. */
  private Supplier<Object> stateTouchedBy(String request) {
    String caseId = placeholders.get("{case}");
    if (request.contains("/api/staff/matrix.angajat")) {
      return () -> jdbc.sql("SELECT full_name, department, gender FROM staff_member "
          + "WHERE user_id = 'matrix.angajat'").query().listOfRows().toString();
    }
    if (request.contains("trainings (for MFRM)")) {
      return () -> count("SELECT COUNT(*) FROM training_session WHERE institution_code = 'MFRM'");
    }
    if (request.contains("complaints (for MFRM)")) {
      return () -> count("SELECT COUNT(*) FROM complaint_case WHERE institution_code = 'MFRM'");
    }
    if (request.contains("/investigators")) {
      return () -> jdbc.sql("SELECT user_id FROM complaint_investigator WHERE case_id = "
          + caseId + " ORDER BY user_id").query(String.class).list();
    }
    if (request.contains("/notes")) {
      return () -> count("SELECT COUNT(*) FROM complaint_note WHERE case_id = " + caseId);
    }
    return () -> null;
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private String resolve(String path) {
    String resolved = path;
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
    }
    return resolved;
  }

  private static List<String> columns(String line) {
    return Arrays.stream(line.split("\\|")).map(String::strip).toList();
  }
}
