package com.routebook.application.port.in.access;

/**
 * Every signed-in user changes their own password, giving the current one. The user's sessions end
 * everywhere (a screen that made the change takes a new {@link SessionTicket} to stay signed in). A
 * wrong current password counts as a failed sign-in of the user from the request's address.
 */
public interface ChangePasswordUseCase {

  /**
   * Changes the signed-in user's password.
   *
   * @throws com.routebook.domain.ValidationException {@code INVALID_PASSWORD_CHANGE} when the
   *     current password is wrong or the new one breaks the password rules
   * @throws com.routebook.domain.TooManyAttemptsException when the user or the address has failed
   *     too often (nothing is checked)
   * @throws com.routebook.domain.ForbiddenException for a caller who is no user (an API key)
   */
  void changePassword(char[] currentPassword, char[] newPassword);
}
