package ro.dosar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import ro.dosar.support.Http;

/**
 * One user working their tasks through the engine REST API as Tasklist does: the list of their
 * tasks, then per task its form variables and the submitted form.
 */
final class MemberClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  final String user;
  final Http http;

  MemberClient(int port, String user) {
    this.user = user;
    this.http = Http.as(port, user, user);
  }

  /**
   * Completes every task of this user with that definition key, page after page; {@code form}
   * gives the submitted values from the task's form variables. Returns how many.
   */
  int completeAll(String processDefinitionKey, String taskKey,
      Function<JsonNode, Map<String, Object>> form, Latencies latencies) {
    return complete(processDefinitionKey, taskKey, form, latencies, Integer.MAX_VALUE);
  }

  /** As {@link #completeAll}, stopping after {@code limit} tasks (earliest due first). */
  int complete(String processDefinitionKey, String taskKey,
      Function<JsonNode, Map<String, Object>> form, Latencies latencies, int limit) {
    int completed = 0;
    while (completed < limit) {
      JsonNode page = ok(http.get("/engine-rest/task?assignee=" + user
          + "&processDefinitionKey=" + processDefinitionKey + "&taskDefinitionKey=" + taskKey
          + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50"));
      if (page.isEmpty()) {
        return completed;
      }
      for (JsonNode task : page) {
        if (completed == limit) {
          break;
        }
        long started = System.nanoTime();
        submit(task.get("id").asText(), form);
        latencies.add(System.nanoTime() - started);
        completed++;
      }
    }
    return completed;
  }

  /** Claims a group task first when it has no assignee, then submits it. */
  void claimAndSubmit(String taskId, Function<JsonNode, Map<String, Object>> form) {
    ok(http.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}"));
    submit(taskId, form);
  }

  void submit(String taskId, Function<JsonNode, Map<String, Object>> form) {
    JsonNode variables = ok(http.get("/engine-rest/task/" + taskId + "/form-variables"));
    ok(http.postJson("/engine-rest/task/" + taskId + "/submit-form",
        body(form.apply(variables))));
  }

  static String body(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value instanceof Long number) {
        variable.put("value", number).put("type", "Long");
      } else if (value instanceof Boolean flag) {
        variable.put("value", flag).put("type", "Boolean");
      } else {
        variable.put("value", (String) value).put("type", "String");
      }
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  static JsonNode ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("HTTP " + response.statusCode() + " "
          + response.uri() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : Http.json(response);
  }
}
