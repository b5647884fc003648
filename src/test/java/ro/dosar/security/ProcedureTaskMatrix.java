package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ro.dosar.security.EngineRestMatrix.Operation;
import ro.dosar.security.EngineRestMatrix.Target;

/**
 * The engine REST matrix of {@link EngineRestMatrix} (its operations, requests and answers) on a
 * task of another procedure: a subclass gives the table (roles × operations) and starts an
 * instance of its own whose task the rows work on ({@link #open()}). After every cell that is not
 * the holder's completion the task (assignee, owner, delegation, candidates, variables), its
 * instance's variables, whether it is suspended and its history (activities) read back unchanged;
 * a completion by the holder is recorded under him and the next cell works on a new instance.
 * The instances are deleted after the class (the context is shared: other classes count the
 * running instances of a procedure).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProcedureTaskMatrix {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  DemoWork demo;
  private Target target;
  private final List<String> instances = new ArrayList<>();

  /** The table, as {@link EngineRestMatrix#cells(String)} reads it. */
  abstract String table();

  /** Starts an instance of the procedure (own business key) and answers its task. */
  abstract Target open();

  @BeforeAll
  void anInstanceWaitsAtTheTask() {
    demo = new DemoWork(engine);
    next();
  }

  private void next() {
    target = open();
    instances.add(target.instanceId());
  }

  @AfterAll
  void deleteTheInstances() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(instances,
        "Matricea de acces: instanță de test", true, true, false);
  }

  Stream<Arguments> cells() {
    return EngineRestMatrix.cells(table());
  }

  /** What a refused attempt must leave as it was. */
  private record State(DemoWork.TaskState task, Map<String, Object> variables, boolean suspended,
      long activities) {
  }

  private State state() {
    return new State(demo.state(target.taskId()),
        engine.getRuntimeService().getVariables(target.instanceId()),
        engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(target.instanceId()).singleResult().isSuspended(),
        engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(target.instanceId()).count());
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("cells")
  void engineRest(String role, Operation operation, boolean allowed) {
    State before = state();

    HttpResponse<String> response = EngineRestMatrix.call(port, role, operation, target);

    EngineRestMatrix.answers(response, operation, allowed);
    if (allowed && operation.completes()) {
      assertThat(demo.task(target.taskId())).as("completed").isNull();
      HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskId(target.taskId()).singleResult();
      assertThat(done.getAssignee()).as("completed by").isEqualTo(role);
      next();
      return;
    }
    if (allowed && operation == Operation.CLAIM_FOR_ONESELF) {
      assertThat(demo.task(target.taskId()).getAssignee()).isEqualTo(role);
      if (!role.equals(before.task().assignee())) {
        engine.getTaskService().setAssignee(target.taskId(), before.task().assignee());
      }
    }
    assertThat(state()).isEqualTo(before);
  }
}
