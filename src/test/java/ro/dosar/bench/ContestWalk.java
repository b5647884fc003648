package ro.dosar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ro.dosar.support.Http;

/**
 * The bench contest walked from file selection to its final results through REST, as its people
 * would: every member task of the competition commission (CC) and of the contestation commission
 * (CSC), the secretary's tasks, the contestation windows closed by executing their timer jobs
 * (as an operator does in Cockpit). 2 % of the files are rejected at selection and contested; 2 %
 * of the candidates contest their written test and their interview score. Only the member tasks
 * are timed, phase by phase.
 */
final class ContestWalk {

  static final List<String> CC = List.of("membru1", "membru2", "membru3", "membru4", "membru5");
  static final List<String> CSC = List.of("membru6", "supleant1", "supleant2");
  private static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  private static final List<Integer> WRITTEN = List.of(60, 40);
  private static final List<Integer> INTERVIEW = List.of(25, 25, 25, 25);

  private final int port;
  private final int candidates;
  private final Http admin;
  private final MemberClient secretary;
  /** Every contested candidate's code ends in this remainder modulo {@link #spacing}. */
  private final int spacing;
  private final TreeSet<Long> codes = new TreeSet<>();
  private final Map<String, BenchResults.Phase> phases = new LinkedHashMap<>();
  long contestId;
  private int registrations;

  ContestWalk(int port, int candidates) {
    this.port = port;
    this.candidates = candidates;
    this.admin = Http.as(port, "demo", "demo");
    this.secretary = new MemberClient(port, "secretar");
    this.spacing = Math.max(2, candidates / BenchResults.contestations(candidates));
  }

  /** The contest at file selection, read by the administrator: a member's form does not show it. */
  private long contestAtSelection() {
    JsonNode task = MemberClient.ok(admin.get("/engine-rest/task?processDefinitionKey="
        + "fileSelection&taskDefinitionKey=selectFile&maxResults=1")).get(0);
    return MemberClient.ok(admin.get("/engine-rest/task/" + task.get("id").asText()
        + "/variables/contestId")).get("value").asLong();
  }

  Map<String, BenchResults.Phase> phases() {
    return phases;
  }

  /** File selection only (5N member tasks). */
  ContestWalk selection() {
    return selection(Integer.MAX_VALUE);
  }

  /**
   * File selection, at most {@code perMember} tasks of each member (earliest due first): the
   * per-task cost of a large contest without walking all of it.
   */
  ContestWalk selection(int perMember) {
    timed("selection", CC, "fileSelection", "selectFile", perMember, variables -> {
      long code = Long.parseLong(variables.get("fileCode").get("value").asText());
      if (contestId == 0) {
        contestId = contestAtSelection();
      }
      synchronized (codes) {
        codes.add(code);
      }
      Map<String, Object> form = new HashMap<>();
      boolean rejected = code % spacing == 0;
      form.put("selectionDecision", rejected ? "RESPINS" : "ADMIS");
      if (rejected) {
        form.put("selectionReason", "Lipsește adeverința medicală.");
      }
      form.put("noConflictDeclared", true);
      return form;
    });
    return this;
  }

  /** From the selection results to the final results. */
  ContestWalk rest() {
    escalationNoted();
    secretaryTask("contestHiring", "displaySelectionResults", Map.of("selectionMinutesSigned",
        true, "selectionResultsDisplayed", true));
    contest(0, "SELECTION");
    timed("selection contestations", CSC, "contestationRound", "decideContestation",
        variables -> Map.of("contestationDecision", "RESPINS", "contestationReason",
            "Dosarul nu conține adeverința medicală.", "noConflictDeclared", true));

    test(Map.of("wMax1", 60L, "wMax2", 40L), WRITTEN, "written test");
    test(Map.of("iMax1", 25L, "iMax2", 25L, "iMax3", 25L, "iMax6", 25L), INTERVIEW, "interview");
    tieDecided();
    secretaryTask("contestHiring", "displayFinalResults", Map.of("finalMinutesSigned", true,
        "finalResultsShown", true));
    return this;
  }

  /** The status of the contest at file selection (not walked), as Dosar's REST API reports it. */
  String statusAtSelection() {
    contestId = contestAtSelection();
    return status();
  }

  /**
   * The bench contest's selection deadline lies in the past (its tests' dates must, BenchContest),
   * so the escalation „Selecția dosarelor a depășit termenul” is open; the selection phase ends
   * only once the president has recorded it.
   */
  private void escalationNoted() {
    JsonNode open = MemberClient.ok(admin.get("/engine-rest/task?processDefinitionKey="
        + "contestHiring&taskDefinitionKey=escalateSelection"));
    for (JsonNode task : open) {
      new MemberClient(port, CC.get(0)).claimAndSubmit(task.get("id").asText(),
          variables -> Map.of("escalationNote", "Membrii au fost convocați."));
    }
  }

  /**
   * Candidates tied for the post after the interview get a new interview (§8.3(18),(19)): the
   * president records the commission's decision, the first tied code winning. The bench's scores
   * come from paper numbers and codes, so a tie happens in some runs and not in others; the walk
   * used to wait for the final results that never came without this decision.
   */
  private void tieDecided() {
    String key = waitForTask("contestHiring", List.of("decideTie", "displayFinalResults"));
    if (key.startsWith("decideTie:")) {
      new MemberClient(port, CC.get(0)).claimAndSubmit(key.substring("decideTie:".length()),
          variables -> Map.of("tieWinnerCodes", variables.get("tiedCodesText").get("value")
              .asText().split(",\\s*")[0], "tieDecisionMinutes",
              "Noul interviu a avut loc; comisia a decis cu majoritate de voturi."));
    }
  }

  /** The contest's status as Dosar's own REST API reports it. */
  String status() {
    return MemberClient.ok(admin.get("/api/contests/" + contestId)).path("status").asText();
  }

  private void test(Map<String, Object> plan, List<Integer> maxima, String name) {
    Map<String, Object> form = new HashMap<>(plan);
    form.put("planConfirmed", true);
    MemberClient president = new MemberClient(port, CC.get(0));
    president.claimAndSubmit(waitForTask("testStage", "prepareTest"), variables -> form);
    secretaryTask("testStage", "rollCall", Map.of("absentCodes", ""));
    timed(name, CC, "testStage", "scorePaper", variables -> sheet(variables, maxima));
    secretaryTask("testStage", "displayTestResults", Map.of("testMinutesSigned", true,
        "testResultsDisplayed", true));
    contest(1, name.equals("interview") ? "INTERVIEW" : "WRITTEN");
    timed(name + " contestations", CSC, "contestationRound", "rescorePaper",
        variables -> sheet(variables, maxima));
  }

  /**
   * The secretary registers the contestations of the candidates whose code ends in {@code
   * remainder}, then the window closes (its timer job executed).
   */
  private void contest(int remainder, String stage) {
    for (long code : codes) {
      if (code % spacing == remainder) {
        String taskId = waitForTask("contestationRound", "registerContestation");
        secretary.claimAndSubmit(taskId, variables -> Map.of("contestedCode",
            String.valueOf(code), "contestationNumber", (++registrations) + "/" + stage,
            "contestationFiledAt", LocalDateTime.now(ZONE).withSecond(0).withNano(0)
                .minusMinutes(1).toString(),
            "contestationGrounds", "Solicit reevaluarea."));
      }
    }
    waitForTask("contestationRound", "registerContestation");
    JsonNode timers = MemberClient.ok(admin.get(
        "/engine-rest/job?activityId=contestationDeadlineReached&timers=true"));
    for (JsonNode timer : timers) {
      MemberClient.ok(admin.postJson("/engine-rest/job/" + timer.get("id").asText()
          + "/execute", ""));
    }
  }

  /**
   * A score sheet: a total from 60 to 99.99 spread over the criteria; from the paper's number
   * when the members score a paper, from the candidate's code when the CSC re-scores a contested
   * one (all three then agree).
   */
  private static Map<String, Object> sheet(JsonNode variables, List<Integer> maxima) {
    // A member's score sheet knows its sealed paper by number only; a re-score, the code.
    JsonNode id = variables.has("paperNumber") ? variables.get("paperNumber")
        : variables.has("fileCode") ? variables.get("fileCode") : variables.get("contestedCode");
    String digits = id == null ? "" : id.get("value").asText().replaceAll("\\D", "");
    long number = digits.isEmpty() ? 0 : Long.parseLong(digits);
    BigDecimal left = BigDecimal.valueOf(6000 + number % 4000, 2);
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < maxima.size(); i++) {
      BigDecimal points = left.min(BigDecimal.valueOf(maxima.get(i)));
      form.put("score" + (i + 1), points.toPlainString());
      left = left.subtract(points);
    }
    return form;
  }

  private void timed(String phase, List<String> members, String processKey, String taskKey,
      java.util.function.Function<JsonNode, Map<String, Object>> form) {
    timed(phase, members, processKey, taskKey, Integer.MAX_VALUE, form);
  }

  private void timed(String phase, List<String> members, String processKey, String taskKey,
      int perMember, java.util.function.Function<JsonNode, Map<String, Object>> form) {
    waitForTask(processKey, taskKey);
    Latencies latencies = new Latencies();
    long started = System.nanoTime();
    int completed = 0;
    for (String member : members) {
      completed += new MemberClient(port, member).complete(processKey, taskKey, form,
          latencies, perMember);
    }
    phases.put(phase, new BenchResults.Phase(phase, completed,
        (System.nanoTime() - started) / 1e9, latencies, BenchResults.load()));
  }

  private void secretaryTask(String processKey, String taskKey, Map<String, Object> form) {
    String taskId = waitForTask(processKey, taskKey);
    secretary.submit(taskId, variables -> form);
  }

  /** The id of an open task of that key, once it exists (asynchronous steps may come first). */
  private String waitForTask(String processKey, String taskKey) {
    String found = waitForTask(processKey, List.of(taskKey));
    return found.substring(found.indexOf(':') + 1);
  }

  /** {@code key:id} of the first open task of one of those keys, once one exists. */
  private String waitForTask(String processKey, List<String> taskKeys) {
    String taskKey = String.join(" or ", taskKeys);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (String key : taskKeys) {
        JsonNode found = MemberClient.ok(admin.get("/engine-rest/task?processDefinitionKey="
            + processKey + "&taskDefinitionKey=" + key + "&maxResults=1"));
        if (!found.isEmpty()) {
          return key + ":" + found.get(0).get("id").asText();
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    JsonNode open = MemberClient.ok(admin.get("/engine-rest/task?maxResults=20"));
    List<String> keys = new ArrayList<>();
    open.forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
    throw new IllegalStateException("No task " + taskKey + " of " + processKey
        + " within 5 minutes; open tasks: " + keys);
  }
}
