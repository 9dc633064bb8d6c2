package com.routebook.application.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.AccessChanges;
import com.routebook.application.port.out.contract.AccessChangesContract;
import org.junit.jupiter.api.Test;

class InMemoryAccessChangesContractTest extends AccessChangesContract {

  private final InMemoryAccessChanges changes = new InMemoryAccessChanges();

  @Override
  protected AccessChanges accessChanges() {
    return changes;
  }

  @Test
  void a_change_heard_of_moves_the_mark_and_a_lost_following_leaves_none() {
    long before = changes.mark().orElseThrow();

    changes.heardOfChange();
    long heard = changes.mark().orElseThrow();
    changes.following(false);

    assertThat(heard).isNotEqualTo(before);
    assertThat(changes.mark()).isEmpty();
    changes.following(true);
    assertThat(changes.mark().orElseThrow()).isNotEqualTo(heard);
  }
}
