package ro.dosar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ro.dosar.institution.Institution;
import ro.dosar.institution.InstitutionRepository;

/**
 * The default H2 file database keeps its data when the application stops and starts again, and
 * a second start with unchanged models deploys nothing new and duplicates no demo data. The
 * first start, demo data included, writes no H2 trace file (ro.dosar.ops.H2TraceFile).
 */
class H2FileRestartTest {

  @TempDir
  Path dataFolder;

  private ConfigurableApplicationContext start() {
    // Command-line arguments, as a user would give them: they override application.yaml.
    return new SpringApplicationBuilder(DosarApplication.class)
        .profiles("demo")
        .run("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
            "--spring.datasource.url=jdbc:h2:file:" + dataFolder.resolve("dosar")
                + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void dataSurvivesARestart() throws Exception {
    long deployments;
    long users;
    try (ConfigurableApplicationContext first = start()) {
      IdentityService identity = first.getBean(IdentityService.class);
      identity.saveUser(identity.newUser("ramane.dupa.repornire"));
      first.getBean(InstitutionRepository.class)
          .insert(new Institution("PMT", "Primăria Municipiului Timișoara", "RO", null));
      assertThat(first.getBean(javax.sql.DataSource.class).getConnection().getMetaData().getURL())
          .contains(dataFolder.toString());
      deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
      users = identity.createUserQuery().count();
    }
    // The demo data read records through JdbcClient: H2 no longer traces each column lookup.
    assertThat(dataFolder.resolve("dosar.trace.db")).doesNotExist();

    try (ConfigurableApplicationContext second = start()) {
      IdentityService identity = second.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("ramane.dupa.repornire").count()).isEqualTo(1);
      assertThat(identity.createUserQuery().count()).isEqualTo(users);
      assertThat(second.getBean(InstitutionRepository.class).findByCode("PMT")).isPresent();
      assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
          .isEqualTo(deployments).isPositive();
    }
  }
}
