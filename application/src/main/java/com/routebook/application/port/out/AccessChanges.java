package com.routebook.application.port.out;

import java.util.OptionalLong;

/**
 * Tells whether what was read about accounts and API keys may still be trusted from memory. Every
 * committed change of an account or an API key, made on any instance, moves the {@linkplain #mark()
 * mark}; while this instance cannot hear of changes (its way of following them is lost), there is
 * no mark, and nothing read before may be trusted.
 */
public interface AccessChanges {

  /** The current mark, or empty while changes cannot be followed. */
  OptionalLong mark();

  /**
   * Announces a change of an account or an API key made by the current transaction: the mark moves
   * on this instance once the transaction ends (at once outside a transaction), and on the others
   * as soon as they hear of it.
   */
  void changedHere();
}
