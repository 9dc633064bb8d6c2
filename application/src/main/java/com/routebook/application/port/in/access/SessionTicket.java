package com.routebook.application.port.in.access;

import java.io.Serializable;

/**
 * What a screen session keeps of a sign-in: the username and a stamp of the account as it was
 * (password, role and tenant), no credential. Serializable, so that a session stored in the
 * database goes on on another instance; {@link AuthenticateUseCase#resume} turns it back into the
 * actor on every request, and refuses it once the account is gone or changed.
 */
public record SessionTicket(String username, String accountStamp) implements Serializable {}
