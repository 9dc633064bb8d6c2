package com.routebook.adapter.persistence.support;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs something once the caller's transaction has ended (committed or rolled back). */
public final class TransactionEnd {

  private TransactionEnd() {}

  /**
   * Runs the action when the current transaction of the registry ends, or at once when there is no
   * transaction (or no registry: tests outside the server).
   */
  public static void then(TransactionSynchronizationRegistry transactions, Runnable action) {
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // what changed is visible (or undone) only after completion
            }

            @Override
            public void afterCompletion(int status) {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }
}
