package com.routebook.server.security;

import com.routebook.application.port.in.access.ManageTenantsUseCase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first network administrator from {@code ADMIN_USER} and {@code ADMIN_PASSWORD} at
 * start, when none exists yet (after the schema migration, which observes the same event earlier).
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
      tenants.ensureNetworkAdministrator(username.get(), password.get().toCharArray());
      LOG.info(() -> "Network administrator " + username.get() + " is in place");
    }
  }
}
