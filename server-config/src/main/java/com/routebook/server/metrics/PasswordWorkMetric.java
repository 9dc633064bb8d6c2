package com.routebook.server.metrics;

import com.routebook.application.port.out.PasswordWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The counter {@value #NAME} of the application's metrics ({@code routebook_password_hashes_total}
 * at {@code /metrics}): every PBKDF2 derivation of this instance since it started, a password
 * checked (against a decoy for an unknown user too) or a new hash made. It shows, without timing,
 * how much slow hashing callers have caused: the sign-in throttle refuses before any of it. The
 * counter is registered when the application starts, at zero, not at the first hash.
 */
@ApplicationScoped
public class PasswordWorkMetric implements PasswordWork {

  /** The counter's name in the application's registry. */
  public static final String NAME = "routebook.password.hashes";

  private MetricRegistry registry;
  private Metadata metadata;

  /** For the CDI proxy only. */
  protected PasswordWorkMetric() {}

  @Inject
  public PasswordWorkMetric(MetricRegistry registry) {
    this.registry = registry;
    this.metadata =
        Metadata.builder()
            .withName(NAME)
            .withDescription(
                "PBKDF2 derivations: passwords checked (decoys of unknown users included) and"
                    + " new password hashes made")
            .withUnit(MetricUnits.NONE)
            .build();
    registry.counter(metadata);
  }

  /** Made when the application starts, so that the counter is there from the start. */
  void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // the constructor registered it
  }

  /**
   * Counts one derivation, asking the registry for the counter each time (a look-up, next to a
   * tenth of a second of hashing): Liberty keeps one application registry for every application of
   * the server and removes a counter of this name when another application that registered it stops
   * (the system tests deploy a second copy of this one), and a counter kept here would then count
   * where nobody reads.
   */
  @Override
  public void derived() {
    registry.counter(metadata).inc();
  }
}
