package it.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The product's classes hold every fence of {@link Fences}. Each rule fails when the classes it is
 * about do not exist (ArchUnit's empty-should check), every module a rule names is checked to hold
 * classes, and no class lives outside the modules ({@link Fences#EVERY_CLASS_IS_FENCED}), so no
 * rule can pass by being about nothing. {@link FencesCatchBadClassesIT} shows each rule failing on
 * a bad class.
 */
class ArchitectureIT {

  private static final List<ArchRule> RULES = Fences.ALL;

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.routebook");
  }

  @ParameterizedTest
  @FieldSource("RULES")
  void the_product_holds_the_fence(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void every_module_a_rule_names_holds_classes() {
    for (String module : Fences.MODULES) {
      assertThat(classes.that(resideInAPackage(module))).as("classes in %s", module).isNotEmpty();
    }
  }
}
