package it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V13.4.2 (no debugging or test facilities in production): the production configuration
 * ({@code src/main/liberty/config}, what {@code liberty:run} and a deployment use) enables only the
 * features the product needs; the test-only ones (Arquillian's local JMX connector and the MBean
 * application monitor) reach the system tests' server alone, through its {@code
 * configDropins/overrides}, and that server really runs them.
 */
class V13_4_2_ProductionConfigurationIT {

  private static final Pattern FEATURE = Pattern.compile("<feature>\\s*([^<\\s]+)\\s*</feature>");

  /** What production needs, and nothing else. */
  private static final List<String> PRODUCTION_FEATURES =
      List.of(
          "faces-4.0",
          "persistence-3.1",
          "restfulWS-3.1",
          "jsonb-3.0",
          "cdi-4.0",
          "beanValidation-3.0",
          "appSecurity-5.0",
          "mpOpenAPI-4.0",
          "mpHealth-4.0",
          "mpConfig-3.1",
          "mpMetrics-5.1",
          "transportSecurity-1.0",
          // background imports (issue 14)
          "concurrent-3.0",
          // sessions kept in PostgreSQL, so they survive their instance (issue 11)
          "sessionDatabase-1.0");

  private static String production() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/liberty/config"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private static List<String> features(String config) {
    Matcher matcher = FEATURE.matcher(config);
    return matcher.results().map(m -> m.group(1)).toList();
  }

  @Test
  void production_enables_only_what_production_needs() throws IOException {
    String production = production();

    assertThat(features(production)).containsExactlyInAnyOrderElementsOf(PRODUCTION_FEATURES);
    assertThat(production)
        .doesNotContain("localConnector")
        .doesNotContain("updateTrigger=\"mbean\"");
  }

  @Test
  void the_test_only_features_run_on_the_system_tests_server_alone() throws IOException {
    Path server =
        Path.of(
            "target/liberty/wlp/usr/servers", System.getProperty("it.server.name", "routebook"));
    Path overrides = server.resolve("configDropins/overrides/system-tests.xml");

    assertThat(features(Files.readString(overrides, StandardCharsets.UTF_8)))
        .containsExactly("localConnector-1.0");
    assertThat(Files.readString(server.resolve("logs/messages.log"), StandardCharsets.UTF_8))
        .containsPattern(
            "CWWKF0012I: The server installed the following features: \\[[^]]*localConnector-1.0");
  }
}
