package com.routebook.application.fake;

import com.routebook.application.port.out.BackgroundWork;

/** Runs background work at once, on the caller's thread, so tests see its end. */
public class ImmediateBackgroundWork implements BackgroundWork {

  @Override
  public void submit(Runnable task) {
    task.run();
  }
}
