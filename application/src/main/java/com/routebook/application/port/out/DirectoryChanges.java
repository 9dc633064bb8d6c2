package com.routebook.application.port.out;

import java.util.OptionalLong;

/**
 * Tells whether what routing read about the directories and the registry may still be trusted from
 * memory. Every committed change of a customer, a customer number, a participant, its identifiers
 * or providers, or a service provider, made by any instance or by hand, moves the {@linkplain
 * #mark() mark}; while this instance cannot hear of such changes there is no mark, and nothing read
 * before may be trusted.
 */
public interface DirectoryChanges {

  /** The current mark, or empty while changes cannot be followed. */
  OptionalLong mark();

  /** Changes that are never followed: nothing read is ever trusted from memory. */
  DirectoryChanges NOT_FOLLOWED = OptionalLong::empty;
}
