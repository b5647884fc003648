package ro.dosar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Package by procedure (DESIGN.md, "Layout"): no procedure package imports another's, and the
 * packages the procedures share do not import a procedure. A procedure offers the others a small
 * published interface in a shared package (a query, an event), never its classes or its tables.
 */
class ProcedureBoundariesTest {

  static final List<String> PROCEDURES =
      List.of("contest", "discipline", "evaluation", "paygrade", "equality");

  /**
   * Concepts more than one procedure uses; {@code published} holds what a procedure offers the
   * others (a query it answers, an event it publishes).
   */
  static final List<String> SHARED = List.of("calendar", "commission", "documents", "gender",
      "institution", "mail", "published", "security", "tasklist", "web");

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ro.dosar");
  }

  @TestFactory
  Stream<DynamicTest> noProcedureImportsAnother() {
    return PROCEDURES.stream().map(procedure -> DynamicTest.dynamicTest(procedure, () ->
        noClasses().that().resideInAPackage("ro.dosar." + procedure + "..")
            .should().dependOnClassesThat().resideInAnyPackage(PROCEDURES.stream()
                .filter(other -> !other.equals(procedure))
                .map(other -> "ro.dosar." + other + "..").toArray(String[]::new))
            .because("no procedure package imports another's (DESIGN.md)")
            .check(main)));
  }

  @TestFactory
  Stream<DynamicTest> sharedPackagesImportNoProcedure() {
    return SHARED.stream().map(shared -> DynamicTest.dynamicTest(shared, () ->
        noClasses().that().resideInAPackage("ro.dosar." + shared + "..")
            .should().dependOnClassesThat().resideInAnyPackage(PROCEDURES.stream()
                .map(procedure -> "ro.dosar." + procedure + "..").toArray(String[]::new))
            .because("what procedures share depends on none of them")
            .check(main)));
  }
}
