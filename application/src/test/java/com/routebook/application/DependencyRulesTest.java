package com.routebook.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of the core that Maven cannot check. */
class DependencyRulesTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.routebook.domain", "com.routebook.application");

  @Test
  void the_domain_depends_only_on_the_jdk_and_itself() {
    classes()
        .that()
        .resideInAPackage("com.routebook.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.routebook.domain..")
        .check(CORE);
  }

  @Test
  void the_application_uses_no_persistence_web_or_faces_types() {
    noClasses()
        .that()
        .resideInAPackage("com.routebook.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..")
        .check(CORE);
  }

  @Test
  void ports_do_not_depend_on_services() {
    noClasses()
        .that()
        .resideInAPackage("com.routebook.application.port..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.routebook.application.service..")
        .allowEmptyShould(false)
        .check(CORE);
  }
}
