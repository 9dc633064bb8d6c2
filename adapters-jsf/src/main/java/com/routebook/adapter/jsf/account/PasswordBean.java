package com.routebook.adapter.jsf.account;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.access.AuthenticateUseCase;
import com.routebook.application.port.in.access.ChangePasswordUseCase;
import com.routebook.application.port.in.access.SessionTicket;
import com.routebook.domain.DomainException;
import com.routebook.domain.Input;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;

/**
 * Change password: the current password and the new one twice. The change ends the user's other
 * sessions everywhere; this one takes a new ticket (and a new session id) and stays signed in.
 * Request scoped: no password is kept in the view state or the session.
 */
@Named("password")
@RequestScoped
public class PasswordBean {

  private static final Map<Input, String> FIELDS =
      Map.of(Input.CURRENT_PASSWORD, "password:current", Input.NEW_PASSWORD, "password:new");

  private ChangePasswordUseCase passwords;
  private AuthenticateUseCase authenticate;
  private Feedback feedback;

  private String current;
  private String newPassword;
  private String repeat;

  /** For the CDI proxy only. */
  protected PasswordBean() {}

  @Inject
  public PasswordBean(
      ChangePasswordUseCase passwords, AuthenticateUseCase authenticate, Feedback feedback) {
    this.passwords = passwords;
    this.authenticate = authenticate;
    this.feedback = feedback;
  }

  /** Changes the password, or says why not beside the fields. */
  public void change() {
    try {
      if (newPassword != null && !newPassword.equals(repeat)) {
        feedback.error("password:repeat", "password.mismatch");
        return;
      }
      passwords.changePassword(chars(current), chars(newPassword));
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      Optional<SessionTicket> ticket = authenticate.ticket(request.getUserPrincipal().getName());
      if (ticket.isPresent()) {
        request.changeSessionId();
        request.getSession().setAttribute(SessionTicket.SESSION_ATTRIBUTE, ticket.get());
      }
      feedback.info("password.changed");
    } catch (DomainException e) {
      feedback.report(e, FIELDS);
    } finally {
      current = null;
      newPassword = null;
      repeat = null;
    }
  }

  private static char[] chars(String text) {
    return text == null ? null : text.toCharArray();
  }

  public String getCurrent() {
    return null;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNewPassword() {
    return null;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeat() {
    return null;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
