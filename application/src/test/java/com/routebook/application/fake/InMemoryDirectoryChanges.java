package com.routebook.application.fake;

import com.routebook.application.port.out.DirectoryChanges;
import java.util.OptionalLong;

/**
 * Directory changes of one process: tests say when a change is heard of and when changes cannot be
 * followed.
 */
public class InMemoryDirectoryChanges implements DirectoryChanges {

  private long mark;
  private boolean following = true;

  @Override
  public synchronized OptionalLong mark() {
    return following ? OptionalLong.of(mark) : OptionalLong.empty();
  }

  /** A change of the directory or the registry, made anywhere, is heard of. */
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
