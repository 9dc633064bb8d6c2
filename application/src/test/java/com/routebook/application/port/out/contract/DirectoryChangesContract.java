package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.domain.tenant.TenantId;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DirectoryChanges}, run against every implementation: while nothing changes
 * a tenant's mark stays put, and after a change of what routing reads for the tenant the mark is
 * never again the one from before the change (it moves, or there is none). An implementation that
 * follows changes keeps a tenant's mark when only another tenant's directory changes. An
 * implementation that follows nothing has no mark at all, which keeps the contract: nothing is
 * trusted.
 */
public abstract class DirectoryChangesContract {

  /** How long a change may take to be heard of (a notification's way back from the database). */
  protected static final Duration PATIENCE = Duration.ofSeconds(20);

  private DirectoryChanges changes;

  /** A following of changes, ready (an implementation may need a moment to start following). */
  protected abstract DirectoryChanges directoryChanges();

  /**
   * Makes a committed change of the named kind to what routing reads for the tenant (for a change
   * of the registry, for every tenant), by any means.
   */
  protected abstract void change(String what, TenantId tenant) throws Exception;

  /** The kinds of change {@link #change} makes, each of which must be heard of. */
  protected abstract Iterable<String> kindsOfChange();

  /** A kind of change of one tenant's directory only. */
  protected abstract String changeOfOneTenant();

  /** A tenant whose directory {@link #change} may change. */
  protected TenantId tenant() {
    return new TenantId("tenant-one");
  }

  /** Another tenant, whose directory {@link #change} may change too. */
  protected TenantId otherTenant() {
    return new TenantId("tenant-two");
  }

  @BeforeEach
  void open() {
    changes = directoryChanges();
  }

  @Test
  void the_mark_stays_while_nothing_changes() {
    OptionalLong before = changes.mark(tenant());

    assertThat(changes.mark(tenant())).isEqualTo(before);
    assertThat(changes.mark(tenant())).isEqualTo(before);
  }

  @Test
  void after_a_change_the_mark_of_before_is_never_seen_again() throws Exception {
    for (String kind : kindsOfChange()) {
      OptionalLong before = changes.mark(tenant());

      change(kind, tenant());

      awaitMark(changes, tenant(), m -> m.isEmpty() || !m.equals(before), kind);
    }
  }

  @Test
  void a_change_of_one_tenant_leaves_the_mark_of_another_where_it_was() throws Exception {
    OptionalLong before = changes.mark(tenant());
    OptionalLong ofOther = changes.mark(otherTenant());

    change(changeOfOneTenant(), otherTenant());
    awaitMark(changes, otherTenant(), m -> m.isEmpty() || !m.equals(ofOther), "the other's");

    if (before.isPresent() && changes.mark(otherTenant()).isPresent()) {
      assertThat(changes.mark(tenant())).isEqualTo(before);
    }
  }

  /** Waits (at most {@link #PATIENCE}) until the tenant's mark is as wanted. */
  protected static void awaitMark(
      DirectoryChanges changes, TenantId tenant, Predicate<OptionalLong> wanted, String what) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!wanted.test(changes.mark(tenant))) {
      assertThat(System.nanoTime())
          .as("the mark did not come in time: " + what)
          .isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
