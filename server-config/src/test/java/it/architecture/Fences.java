package it.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fences of the hexagon as allow-lists: for each module (the application split into its ports
 * and its services), the only packages its classes may use; and, inside each adapter, areas that do
 * not reach into each other. Whatever a list does not name is forbidden, so a new dependency on a
 * Jakarta API, a library or another layer is a decision taken here, in one place.
 *
 * <p>The lists name modules and packages by pattern, never single classes: a new area of an adapter
 * (a package beside {@code directory} and {@code registry}) is fenced the day it appears.
 */
public final class Fences {

  public static final String DOMAIN = "com.routebook.domain..";
  public static final String PORTS = "com.routebook.application.port..";
  public static final String SERVICES = "com.routebook.application.service..";
  public static final String PERSISTENCE = "com.routebook.adapter.persistence..";
  public static final String FILES = "com.routebook.adapter.file..";
  public static final String REST = "com.routebook.adapter.rest..";
  public static final String FACES = "com.routebook.adapter.jsf..";
  public static final String SERVER = "com.routebook.server..";

  /** Every fenced module; each production class lives in exactly one of them. */
  public static final List<String> MODULES =
      List.of(DOMAIN, PORTS, SERVICES, PERSISTENCE, FILES, REST, FACES, SERVER);

  /** Contexts and dependency injection: the wiring every module but the domain and ports uses. */
  private static final String[] CDI = {"jakarta.inject..", "jakarta.enterprise.."};

  private Fences() {}

  /** The domain: the JDK's {@code java} packages and itself, nothing else. */
  public static final ArchRule DOMAIN_USES_THE_JDK_ONLY =
      allowList(DOMAIN, "the domain is plain Java", "java..", DOMAIN);

  /** The ports: plain Java over the domain; no container, no service. */
  public static final ArchRule PORTS_USE_THE_DOMAIN_ONLY =
      allowList(PORTS, "ports are plain interfaces and records", "java..", DOMAIN, PORTS);

  /**
   * The services: the domain and the ports, CDI, transactions, and the JDK's cryptography (API key
   * and password hashing); no adapter, no persistence, REST, Faces or Servlet type.
   */
  public static final ArchRule SERVICES_USE_CDI_AND_TRANSACTIONS_ONLY =
      allowList(
          SERVICES,
          "the use cases run in the container but know nothing of its adapters",
          concat(
              CDI, "java..", "javax.crypto..", "jakarta.transaction..", DOMAIN, PORTS, SERVICES));

  /**
   * The persistence adapter: the only module with JPA, JDBC, Flyway and the PostgreSQL driver;
   * readiness (MicroProfile Health) and the migration switch (MicroProfile Config) of the schema.
   */
  public static final ArchRule PERSISTENCE_ALLOW_LIST =
      allowList(
          PERSISTENCE,
          "the database is reached through the ports, by this adapter only",
          concat(
              CDI,
              "java..",
              "javax.sql..",
              "javax.naming..",
              "jakarta.persistence..",
              "jakarta.transaction..",
              "jakarta.annotation..",
              "jakarta.interceptor..",
              "org.eclipse.microprofile.health..",
              "org.eclipse.microprofile.config..",
              "org.flywaydb..",
              "org.postgresql..",
              DOMAIN,
              PORTS,
              PERSISTENCE));

  /** The file adapter: the only module with Apache Commons CSV and Apache POI. */
  public static final ArchRule FILES_ALLOW_LIST =
      allowList(
          FILES,
          "CSV and XLSX are read and written by this adapter only",
          concat(
              CDI,
              "java..",
              "javax.xml.stream..",
              "org.apache.commons.csv..",
              "org.apache.poi..",
              DOMAIN,
              PORTS,
              FILES));

  /**
   * The REST adapter: the only module with Jakarta REST, JSON-B/-P and OpenAPI annotations; {@code
   * jakarta.annotation} for the order of its filters ({@code @Priority}).
   */
  public static final ArchRule REST_ALLOW_LIST =
      allowList(
          REST,
          "HTTP and JSON are spoken by this adapter only",
          concat(
              CDI,
              "java..",
              "jakarta.annotation..",
              "jakarta.ws.rs..",
              "jakarta.json..",
              "org.eclipse.microprofile.openapi..",
              DOMAIN,
              PORTS,
              REST));

  /** The screens: the only module with Faces, PrimeFaces and OmniFaces. */
  public static final ArchRule FACES_ALLOW_LIST =
      allowList(
          FACES,
          "the screens are the only module that renders HTML",
          concat(
              CDI,
              "java..",
              "jakarta.faces..",
              "org.primefaces..",
              "org.omnifaces..",
              "jakarta.security.enterprise..",
              "jakarta.servlet..",
              DOMAIN,
              PORTS,
              FACES));

  /**
   * The server module: security (the authentication mechanism, the request's user, the first
   * administrator from configuration), the clock and the application's metrics (MicroProfile
   * Metrics). It needs no Jakarta REST: the REST application class lives in the REST adapter; nor
   * any adapter: the WAR brings them together.
   */
  public static final ArchRule SERVER_ALLOW_LIST =
      allowList(
          SERVER,
          "the server wires security and time around the ports, not around an adapter",
          concat(
              CDI,
              "java..",
              "jakarta.security.enterprise..",
              "jakarta.servlet..",
              "jakarta.annotation..",
              "jakarta.interceptor..",
              "org.eclipse.microprofile.config..",
              "org.eclipse.microprofile.metrics..",
              DOMAIN,
              PORTS,
              SERVER));

  /** The areas of the persistence adapter; {@code support} is what they share. */
  public static final ArchRule PERSISTENCE_AREAS_ARE_INDEPENDENT =
      areasIndependent("com.routebook.adapter.persistence", "support");

  /**
   * The areas of the REST adapter; {@code common} (query parameters, pages, shared JSON records)
   * and {@code problem} (error responses) are what they share.
   */
  public static final ArchRule REST_AREAS_ARE_INDEPENDENT =
      areasIndependent("com.routebook.adapter.rest", "common", "problem");

  /** The screens' areas; {@code support} is what they share. */
  public static final ArchRule FACES_AREAS_ARE_INDEPENDENT =
      areasIndependent("com.routebook.adapter.jsf", "support");

  /** No class escapes the allow-lists by living outside the fenced modules. */
  public static final ArchRule EVERY_CLASS_IS_FENCED =
      classes()
          .that()
          .resideInAPackage("com.routebook..")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .resideInAnyPackage(MODULES.toArray(String[]::new))
          .because("a class outside every module would be outside every allow-list");

  /** Every rule above, for the tests that run them all. */
  public static final List<ArchRule> ALL =
      List.of(
          EVERY_CLASS_IS_FENCED,
          DOMAIN_USES_THE_JDK_ONLY,
          PORTS_USE_THE_DOMAIN_ONLY,
          SERVICES_USE_CDI_AND_TRANSACTIONS_ONLY,
          PERSISTENCE_ALLOW_LIST,
          FILES_ALLOW_LIST,
          REST_ALLOW_LIST,
          FACES_ALLOW_LIST,
          SERVER_ALLOW_LIST,
          PERSISTENCE_AREAS_ARE_INDEPENDENT,
          REST_AREAS_ARE_INDEPENDENT,
          FACES_AREAS_ARE_INDEPENDENT);

  private static ArchRule allowList(String module, String reason, String... allowed) {
    return classes()
        .that()
        .resideInAPackage(module)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed)
        .because(reason);
  }

  /**
   * The packages directly below an adapter's root are its areas (directory, registry, routing ...);
   * no area uses another's classes. The shared packages may be used by every area and use none.
   */
  private static ArchRule areasIndependent(String adapter, String... shared) {
    String[] sharedPackages =
        Arrays.stream(shared).map(p -> adapter + "." + p + "..").toArray(String[]::new);
    return slices()
        .matching(adapter + ".(*)..")
        .namingSlices("area '$1' of " + adapter)
        .should()
        .notDependOnEachOther()
        .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAnyPackage(sharedPackages))
        .because(
            "an area that needs another's code moves it to "
                + String.join(" or ", shared)
                + ", so each area can change alone");
  }

  private static String[] concat(String[] first, String... rest) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(rest)).toArray(String[]::new);
  }
}
