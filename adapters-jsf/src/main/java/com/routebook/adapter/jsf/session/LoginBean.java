package com.routebook.adapter.jsf.session;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.domain.TooManyAttemptsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form and the sign-out action. */
@Named("login")
@RequestScoped
public class LoginBean {

  private SecurityContext securityContext;
  private Feedback feedback;

  private String username;
  private String password;
  private String next;

  /** For the CDI proxy only. */
  protected LoginBean() {}

  @Inject
  public LoginBean(SecurityContext securityContext, Feedback feedback) {
    this.securityContext = securityContext;
    this.feedback = feedback;
  }

  /** Signs in; on success goes on to the requested page or the start page. */
  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + "/" + startPage(request));
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        if (request.getAttribute(TooManyAttemptsException.class.getName())
            instanceof TooManyAttemptsException refused) {
          feedback.error(null, "login.throttled", refused.retryAfterSeconds());
        } else {
          feedback.error(null, "login.failed");
        }
      }
    }
  }

  /** Signs out, forgets the session and shows the sign-in page. */
  public void signOut() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    faces.responseComplete();
  }

  /** The page to show after signing in: a safe {@code next} page, else the role's start page. */
  String startPage(HttpServletRequest request) {
    if (isSafeNext(next)) {
      return next.substring(1);
    }
    return request.isUserInRole("NETWORK_ADMIN")
            && !request.isUserInRole("VIEWER")
            && !request.isUserInRole("EDITOR")
        ? "registry.xhtml"
        : "customers.xhtml";
  }

  /** Only a page of this application: a path starting with one slash, no scheme, no host. */
  static boolean isSafeNext(String next) {
    return next != null
        && next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.contains(":")
        && !next.startsWith("/login.xhtml")
        && next.length() > 1;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
