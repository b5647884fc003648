package ro.dosar.institution;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ro.dosar.calendar.EngineClock;

/** The {@code institution} table, on the engine's datasource and in the engine's transaction. */
@Repository
public class InstitutionRepository {

  private final JdbcClient jdbc;

  public InstitutionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Institution> findAll() {
    return jdbc.sql("SELECT code, name, country, tenant_id FROM institution ORDER BY code")
        .query(Institution.class).list();
  }

  public Optional<Institution> findByCode(String code) {
    return jdbc.sql("SELECT code, name, country, tenant_id FROM institution WHERE code = ?")
        .param(code).query(Institution.class).optional();
  }

  public void insert(Institution institution) {
    jdbc.sql("INSERT INTO institution (code, name, country, tenant_id, created_at) "
            + "VALUES (?, ?, ?, ?, ?)")
        .params(institution.code(), institution.name(), institution.country(),
            institution.tenantId(), EngineClock.timestamp())
        .update();
  }

  /** Gives an institution recorded without a tenant its tenant (never changes an existing one). */
  public void giveTenant(String code, String tenantId) {
    jdbc.sql("UPDATE institution SET tenant_id = ? WHERE code = ? AND tenant_id IS NULL")
        .params(tenantId, code).update();
  }
}
