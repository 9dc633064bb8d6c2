package com.routebook.application.port.out;

/** Runs work after the request that asked for it has been answered (on a managed thread). */
public interface BackgroundWork {

  /** Runs task later; task handles its own failures. */
  void submit(Runnable task);
}
