package com.routebook.application.fake;

import com.routebook.application.port.out.AccessChanges;
import java.util.OptionalLong;

/**
 * Access changes of one process: the mark moves at once when a change is announced (there is no
 * transaction here), and tests decide when changes are heard from elsewhere or cannot be followed.
 */
public class InMemoryAccessChanges implements AccessChanges {

  private long mark;
  private boolean following = true;

  @Override
  public synchronized OptionalLong mark() {
    return following ? OptionalLong.of(mark) : OptionalLong.empty();
  }

  @Override
  public synchronized void changedHere() {
    mark++;
  }

  /** A change made elsewhere (another instance, or by hand in the database) is heard of. */
  public synchronized void heardOfChange() {
    mark++;
  }

  /** Changes can no longer be followed (the way to hear of them is lost), or again. */
  public synchronized void following(boolean following) {
    if (following && !this.following) {
      mark++;
    }
    this.following = following;
  }
}
