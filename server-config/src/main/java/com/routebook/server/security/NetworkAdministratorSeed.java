package com.routebook.server.security;

import com.routebook.application.port.in.access.ManageTenantsUseCase;
import com.routebook.application.port.in.access.ManageTenantsUseCase.AdministratorSeed;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start (after the schema migration, which observes the same event earlier): puts the network
 * administrator of {@code ADMIN_USER} and {@code ADMIN_PASSWORD} in place, whatever other
 * administrators exist (the demo {@code network-admin} never stands in its way), and logs what it
 * found; then warns loudly while demo accounts accept their published password.
 */
@ApplicationScoped
public class NetworkAdministratorSeed {

  private static final Logger LOG = Logger.getLogger(NetworkAdministratorSeed.class.getName());

  @Inject private ManageTenantsUseCase tenants;

  @Inject
  @ConfigProperty(name = "ADMIN_USER")
  private Optional<String> username;

  @Inject
  @ConfigProperty(name = "ADMIN_PASSWORD")
  private Optional<String> password;

  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object applicationStarted) {
    if (username.isPresent() && password.isPresent()) {
      String name = username.get();
      AdministratorSeed seed =
          tenants.ensureNetworkAdministrator(name, password.get().toCharArray());
      switch (seed) {
        case CREATED -> LOG.info(() -> "Network administrator " + name + " created");
        case ALREADY_PRESENT ->
            LOG.info(
                () ->
                    "Network administrator "
                        + name
                        + " exists already and is left as it is (ADMIN_PASSWORD not applied)");
        case NAME_TAKEN_BY_A_TENANT_USER ->
            LOG.severe(
                () ->
                    "ADMIN_USER "
                        + name
                        + " is a tenant's user: no network administrator was created");
      }
    }
    List<String> demo = tenants.demoAccountsInPlace();
    if (!demo.isEmpty()) {
      LOG.warning(warning(demo));
    }
  }

  /** The warning while demo accounts are in place: hard to miss in a log. */
  static String warning(List<String> demoAccounts) {
    String line = "*".repeat(78);
    return "\n"
        + line
        + "\n*** DEMO USERS ARE IN PLACE: "
        + String.join(", ", demoAccounts)
        + "\n*** They accept the password published in the README: anyone can sign in as them."
        + "\n*** For development only. Start a real deployment with DEMO_DATA=false on a database"
        + "\n*** that never had the demo data, and ADMIN_USER / ADMIN_PASSWORD for its administrator."
        + "\n"
        + line;
  }
}
