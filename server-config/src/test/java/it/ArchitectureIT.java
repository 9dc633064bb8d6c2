package it;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the hexagon that Maven cannot enforce. Every rule fails when the classes
 * it is about do not exist (ArchUnit's empty-should check), and every package that a rule names is
 * checked to hold classes, so no rule can pass by being about nothing.
 */
class ArchitectureIT {

  private static final String DOMAIN = "com.routebook.domain..";
  private static final String APPLICATION = "com.routebook.application..";
  private static final String PORTS = "com.routebook.application.port..";
  private static final String SERVICES = "com.routebook.application.service..";
  private static final String PERSISTENCE = "com.routebook.adapter.persistence..";
  private static final String REST = "com.routebook.adapter.rest..";
  private static final String FACES = "com.routebook.adapter.jsf..";
  private static final List<String> ADAPTERS = List.of(PERSISTENCE, REST, FACES);

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.routebook");
  }

  @Test
  void every_package_a_rule_names_holds_classes() {
    for (String pkg :
        List.of(
            DOMAIN,
            APPLICATION,
            PORTS,
            SERVICES,
            PERSISTENCE,
            REST,
            FACES,
            "com.routebook.server..")) {
      assertThat(classes.that(resideInAPackage(pkg))).as("classes in %s", pkg).isNotEmpty();
    }
  }

  @Test
  void the_domain_imports_only_the_jdk_and_itself() {
    classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", DOMAIN)
        .check(classes);
  }

  @Test
  void the_application_uses_no_adapter_and_no_jpa_rest_or_faces_type() {
    noClasses()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            PERSISTENCE,
            REST,
            FACES,
            "com.routebook.server..",
            "jakarta.persistence..",
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "org.eclipse.microprofile..")
        .check(classes);
  }

  @Test
  void ports_do_not_depend_on_services() {
    noClasses()
        .that()
        .resideInAPackage(PORTS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(SERVICES)
        .check(classes);
  }

  @Test
  void adapters_reach_the_core_through_its_ports_only() {
    for (String adapter : ADAPTERS) {
      noClasses()
          .that()
          .resideInAPackage(adapter)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVICES)
          .check(classes);
    }
  }

  @Test
  void no_adapter_depends_on_another_adapter() {
    for (String adapter : ADAPTERS) {
      String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapter)).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(adapter)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .check(classes);
    }
  }
}
