package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.tenant.Role;
import jakarta.inject.Inject;
import java.io.File;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Liberty (Arquillian): the application's core and persistence adapter, deployed a second
 * time with this test, wire every CDI bean (a missing port implementation fails the deployment) and
 * reach the migrated database through the server's JTA datasource and the JPA persistence unit.
 */
@ExtendWith(ArquillianExtension.class)
class WiringInServerIT {

  @Deployment
  static WebArchive theApplicationWithThisTest() {
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "routebook-wiring.war")
            .importFrom(new File("target/routebook.war"))
            .as(WebArchive.class);
    // Without its security constraints, so that Arquillian's test runner servlet is reachable,
    // and without the screens and the API, which this test does not need (a quicker start).
    war.delete("/WEB-INF/web.xml");
    war.getContent(
            path ->
                path.get().startsWith("/WEB-INF/lib/adapters-rest")
                    || path.get().startsWith("/WEB-INF/lib/adapters-jsf")
                    || path.get().startsWith("/WEB-INF/lib/primefaces"))
        .keySet()
        .forEach(war::delete);
    return war.addClass(WiringInServerIT.class);
  }

  @Inject UserAccounts accounts;

  @Inject AuthenticateUseCase authenticate;

  @Test
  void the_jpa_adapter_reads_the_demo_users_through_the_servers_datasource() {
    assertEquals(Role.EDITOR, accounts.findByUsername("demo-editor").orElseThrow().role());
    assertTrue(accounts.anyNetworkAdministrator());
  }

  @Test
  void a_demo_user_signs_in_with_the_documented_password_through_the_wired_services() {
    var actor = authenticate.signIn("demo-viewer", "demo-password".toCharArray(), "127.0.0.1");
    assertEquals(Set.of(Role.VIEWER), actor.orElseThrow().roles());
  }
}
