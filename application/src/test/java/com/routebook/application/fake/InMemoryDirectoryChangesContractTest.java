package com.routebook.application.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.application.port.out.DirectoryChanges;
import com.routebook.application.port.out.contract.DirectoryChangesContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDirectoryChangesContractTest extends DirectoryChangesContract {

  private final InMemoryDirectoryChanges changes = new InMemoryDirectoryChanges();

  @Override
  protected DirectoryChanges directoryChanges() {
    return changes;
  }

  @Override
  protected void change(String what) {
    changes.heardOfChange();
  }

  @Override
  protected Iterable<String> kindsOfChange() {
    return List.of("a change heard of");
  }

  @Test
  void a_lost_following_leaves_no_mark_and_a_new_one_a_new_mark() {
    long before = changes.mark().orElseThrow();

    changes.following(false);
    assertThat(changes.mark()).isEmpty();
    changes.following(true);

    assertThat(changes.mark().orElseThrow()).isNotEqualTo(before);
  }

  @Test
  void not_followed_changes_never_have_a_mark() {
    assertThat(DirectoryChanges.NOT_FOLLOWED.mark()).isEmpty();
  }
}
