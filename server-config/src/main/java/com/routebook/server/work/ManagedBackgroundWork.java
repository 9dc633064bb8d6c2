package com.routebook.server.work;

import com.routebook.application.port.out.BackgroundWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs background work (imports) on the server's default managed executor, so the work has the
 * application's context (its resources and beans) without the request that asked for it.
 */
@ApplicationScoped
public class ManagedBackgroundWork implements BackgroundWork {

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Override
  public void submit(Runnable task) {
    executor.execute(task);
  }
}
