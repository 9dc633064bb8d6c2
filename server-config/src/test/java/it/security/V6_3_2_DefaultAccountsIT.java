package it.security;

import static it.security.Http.base;
import static it.security.Http.basic;
import static it.security.Http.demo;
import static it.security.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V6.3.2 (default accounts): the system tests' server runs with the demo data, whose
 * {@code network-admin} has a published password, and with {@code ADMIN_USER=it-admin} (its {@code
 * server.env}, test configuration only). The demo administrator does not stand in the way of the
 * one of the environment, and the server warns loudly that the demo accounts are in place.
 */
class V6_3_2_DefaultAccountsIT {

  @Test
  void the_administrator_of_the_environment_is_in_place_beside_the_demo_one() {
    assertThat(get(base() + "/api/v1/admin/tenants", demo("network-admin")).statusCode())
        .as("the demo administrator exists (demo data)")
        .isEqualTo(200);

    assertThat(
            get(base() + "/api/v1/admin/tenants", basic("it-admin", "it-admin-password"))
                .statusCode())
        .as("ADMIN_USER signs in as a network administrator")
        .isEqualTo(200);
  }

  @Test
  void the_start_warns_loudly_while_demo_accounts_accept_their_published_password()
      throws IOException {
    String log = messages();

    assertThat(log).contains("DEMO USERS ARE IN PLACE");
    assertThat(log).containsPattern("DEMO USERS ARE IN PLACE: .*network-admin");
    assertThat(log).contains("Network administrator it-admin");
    assertThat(log).doesNotContain("it-admin-password").doesNotContain("demo-password");
  }

  private static String messages() throws IOException {
    Path log =
        Path.of(
            "target/liberty/wlp/usr/servers",
            System.getProperty("it.server.name", "routebook"),
            "logs/messages.log");
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
