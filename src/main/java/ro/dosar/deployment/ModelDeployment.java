package ro.dosar.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the process designers' models, the top-level {@code bpmn/}, {@code dmn/} and
 * {@code forms/} folders (on the classpath under the same names), when the application starts.
 *
 * <p>All models go into one deployment named {@value #DEPLOYMENT_NAME}, each resource named by its
 * path in the repository ({@code bpmn/contest/contest-hiring.bpmn}), so that
 * <ul>
 *   <li>a form referenced with {@code camunda:formRef} and binding {@code deployment} is always
 *       deployed together with its process;</li>
 *   <li>a restart with unchanged files deploys nothing (duplicate filtering), and a restart after
 *       a designer changed any file deploys a new version of the whole set.</li>
 * </ul>
 * Running instances keep the version they started on, as Camunda does.
 */
@Component
@Order(0)
public class ModelDeployment implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "dosar";
  static final String[] FOLDERS = {"bpmn", "dmn", "forms"};
  private static final Map<String, String> PATTERNS = Map.of(
      "bpmn", "**/*.bpmn",
      "dmn", "**/*.dmn",
      "forms", "**/*.form");
  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Map<String, Resource> models = findModels();
    if (models.isEmpty()) {
      log.warn("No models found in bpmn/, dmn/ or forms/; nothing deployed");
      return;
    }
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("Dosar")
        .enableDuplicateFiltering(true);
    models.forEach((name, resource) -> deployment.addInputStream(name, read(resource)));
    Deployment previous = latestDeployment();
    Deployment current = deployment.deploy();
    if (previous != null && previous.getId().equals(current.getId())) {
      log.info("Models unchanged since the last start; deployment {} kept", current.getId());
    } else {
      log.info("Deployed {} models as deployment {}: {}", models.size(), current.getId(),
          models.keySet());
    }
  }

  /** The newest deployment of the models, or null before the first start. */
  public Deployment latestDeployment() {
    return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
  }

  /** Every model file, keyed by its path relative to the classpath root ({@code dmn/x.dmn}). */
  Map<String, Resource> findModels() throws IOException {
    Map<String, Resource> models = new TreeMap<>();
    for (String folder : FOLDERS) {
      for (Resource root : resolver.getResources("classpath*:" + folder + "/")) {
        String rootUrl = root.getURL().toString();
        for (Resource model : resolver.getResources(rootUrl + PATTERNS.get(folder))) {
          String url = model.getURL().toString();
          models.put(folder + "/" + url.substring(rootUrl.length()), model);
        }
      }
    }
    return models;
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + resource, e);
    }
  }
}
