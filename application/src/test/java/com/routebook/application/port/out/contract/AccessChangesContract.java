package com.routebook.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.AccessChanges;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccessChanges}, run against every implementation: outside a transaction, a
 * change announced here moves the mark at once, and the mark stays put while nothing changes.
 * Implementations that hear of other instances' changes prove that in their own tests.
 */
public abstract class AccessChangesContract {

  private AccessChanges changes;

  /** A following of changes, ready (an implementation may need a moment to start following). */
  protected abstract AccessChanges accessChanges();

  @BeforeEach
  void open() {
    changes = accessChanges();
  }

  @Test
  void a_change_announced_here_moves_the_mark_at_once() {
    long before = changes.mark().orElseThrow();

    changes.changedHere();

    OptionalLong after = changes.mark();
    assertThat(after).isPresent();
    assertThat(after.getAsLong()).isNotEqualTo(before);
  }

  @Test
  void the_mark_stays_while_nothing_changes() {
    long before = changes.mark().orElseThrow();

    assertThat(changes.mark()).hasValue(before);
    assertThat(changes.mark()).hasValue(before);
  }
}
