package ro.dosar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import ro.dosar.support.ClusterNode;

/**
 * Nodes started at the same moment on one PostgreSQL database (issue 20): whether the database
 * is empty or already holds everything, they end with what one node alone creates — one
 * deployment of the models, one copy of every group, authorization, filter, institution and
 * tenant. Compared table by table (row counts) with a database where a single
 * node started alone. The job executors are off, so that nothing but the start-up writes.
 */
class ClusterStartTest {

  static final Map<String, Object> START_ONLY = Map.of(
      "camunda.bpm.job-execution.enabled", "false",
      "dosar.institutions[0].code", "UVT",
      "dosar.institutions[0].name", "Universitatea de Vest din Timișoara",
      "dosar.institutions[0].country", "RO",
      "dosar.institutions[1].code", "MFRM",
      "dosar.institutions[1].name", "Ministerul Finanțelor al Republicii Moldova",
      "dosar.institutions[1].country", "MD");

  @Test
  void twoNodesStartedTogether_onAnEmptyThenOnTheSameDatabase_createEverythingOnce() {
    Map<String, Long> alone;
    try (ClusterNode node = ClusterNode.start("alone", ClusterNode.newDatabase(), START_ONLY)) {
      alone = rowCounts(node);
    }
    assertThat(alone).containsEntry("act_re_deployment", 1L).containsEntry("institution", 2L);
    assertThat(alone.get("act_ru_filter")).isPositive();
    assertThat(alone.get("act_ru_authorization")).isPositive();
    assertThat(alone.get("act_id_group")).isPositive();

    String shared = ClusterNode.newDatabase();
    List<ClusterNode> together = ClusterNode.startTogether(2, shared, START_ONLY);
    try {
      assertThat(rowCounts(together.get(1))).isEqualTo(alone);
      // One copy of each Tasklist filter, each under its start-up record.
      JdbcClient jdbc = together.get(0).bean(JdbcClient.class);
      List<String> filters = jdbc.sql("SELECT name_ FROM act_ru_filter").query(String.class)
          .list();
      assertThat(filters).contains("Sarcinile mele", "Sarcinile grupurilor mele")
          .doesNotHaveDuplicates();
      assertThat(jdbc.sql("SELECT record_key FROM startup_record WHERE record_key LIKE "
          + "'tasklist-filter:%'").query(String.class).list()).containsExactlyInAnyOrderElementsOf(
              filters.stream().map(name -> "tasklist-filter:" + name).toList());
    } finally {
      together.forEach(ClusterNode::close);
    }

    List<ClusterNode> restarted = ClusterNode.startTogether(2, shared, START_ONLY);
    try {
      assertThat(rowCounts(restarted.get(0))).isEqualTo(alone);
    } finally {
      restarted.forEach(ClusterNode::close);
    }
  }

  /**
   * The demo profile on two nodes started together on one database: one copy of the demo data
   * (contests, the disciplinary case, the evaluation campaign, the function-evaluation cycle, the
   * demo users), table by table as one node alone makes it, and each demo's start-up record
   * claimed once.
   */
  @Test
  void theDemoOnTwoNodesStartedTogether_makesOneCopyOfTheDemoData() {
    Map<String, Long> alone;
    try (ClusterNode node = ClusterNode.start("alone", ClusterNode.newDatabase(), START_ONLY,
        "demo")) {
      alone = rowCounts(node);
    }
    assertThat(alone.get("contest")).isEqualTo(3L);

    List<ClusterNode> together = ClusterNode.startTogether(2, ClusterNode.newDatabase(),
        START_ONLY, "demo");
    try {
      assertThat(rowCounts(together.get(0))).isEqualTo(alone);
      // The Tasklist filters have start-up records of their own (tasklist-filter:…).
      assertThat(together.get(1).bean(JdbcClient.class).sql("SELECT record_key FROM "
          + "startup_record WHERE record_key LIKE 'demo-%'").query(String.class).list())
          .containsExactlyInAnyOrder("demo-contests", "demo-contest-open", "demo-discipline",
              "demo-evaluation", "demo-function-cycle");
    } finally {
      together.forEach(ClusterNode::close);
    }
  }

  /**
   * Rows of every table of the database but the meters, the HTTP sessions and the history of
   * decision evaluations (each node evaluates some decision tables when it starts, to check its
   * configuration; that history grows with every start, of one node or of many).
   */
  static Map<String, Long> rowCounts(ClusterNode node) {
    JdbcClient jdbc = node.bean(JdbcClient.class);
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.sql("SELECT lower(table_name) FROM information_schema.tables "
        + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
        .query(String.class).list()) {
      if (table.equals("act_ru_meter_log") || table.startsWith("spring_session")
          || table.startsWith("act_hi_dec")) {
        continue;
      }
      counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    return counts;
  }
}
