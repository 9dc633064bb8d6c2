package com.routebook.application.port.in.access;

import java.io.Serializable;

/**
 * What a screen session keeps of a sign-in: the username and a stamp of the account as it was
 * (password, role, tenant and session generation), no credential. Serializable, so that a session
 * stored in the database goes on on another instance; {@link AuthenticateUseCase#resume} turns it
 * back into the actor on every request, and refuses it once the account is gone or changed.
 */
public record SessionTicket(String username, String accountStamp) implements Serializable {

  /** The name of the HTTP session attribute that holds a signed-in user's ticket. */
  public static final String SESSION_ATTRIBUTE = SessionTicket.class.getName();
}
