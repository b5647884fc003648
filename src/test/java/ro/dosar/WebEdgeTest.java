package ro.dosar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.web.InvalidRequestException;

/**
 * The web is an edge: domain code refuses bad input with {@link InvalidInputException} (answered
 * with 400 by the web, turned into a form rejection by a Tasklist check), and only the web package
 * and the controllers speak of a refused web request ({@link InvalidRequestException}).
 */
class WebEdgeTest {

  @Test
  void givenTheApplication_whenLookingOutsideTheWebEdge_thenNoClassUsesTheWebRefusal() {
    rule().check(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ro.dosar"));
  }

  @Test
  void givenADomainClassUsingTheWebRefusal_whenChecked_thenTheRuleIsBroken() {
    var classes = new ClassFileImporter().importClasses(DomainOffender.class,
        InvalidRequestException.class);

    assertThat(rule().evaluate(classes).hasViolation()).isTrue();
  }

  @Test
  void givenAControllerUsingTheWebRefusal_whenChecked_thenTheRuleHolds() {
    var classes = new ClassFileImporter().importClasses(SomeController.class,
        SomeController.Request.class, InvalidRequestException.class, InvalidInputException.class);

    assertThat(rule().evaluate(classes).hasViolation()).isFalse();
  }

  private static ArchRule rule() {
    return noClasses()
        .that().resideOutsideOfPackage("ro.dosar.web..")
        .and(DescribedPredicate.not(DescribedPredicate.describe(
            "controllers and the classes nested in them", WebEdgeTest::inController)))
        .should().dependOnClassesThat().belongToAnyOf(InvalidRequestException.class)
        .because("domain code throws ro.dosar.domain.InvalidInputException, which the web "
            + "edge answers with 400 and a Tasklist check turns into a form rejection");
  }

  private static boolean inController(JavaClass javaClass) {
    for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent();
        c = c.get().getEnclosingClass()) {
      if (c.get().isAnnotatedWith(RestController.class)
          || c.get().isAnnotatedWith(Controller.class)) {
        return true;
      }
    }
    return false;
  }

  /** Stands for a domain class that refuses input with the web's exception. */
  static final class DomainOffender {
    void refuse() {
      throw new InvalidRequestException("field", "Valoare invalidă.");
    }
  }

  /** Stands for a controller whose request record checks itself. */
  @RestController
  static final class SomeController {
    record Request(String field) {
      Request {
        if (field == null) {
          throw new InvalidRequestException("field", "Câmpul „field” este obligatoriu.");
        }
      }
    }
  }
}
