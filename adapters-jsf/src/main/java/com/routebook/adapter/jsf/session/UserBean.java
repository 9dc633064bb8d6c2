package com.routebook.adapter.jsf.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is signed in and what the screens may offer them. */
@Named("user")
@RequestScoped
public class UserBean {

  private HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The signed-in user's name; null before signing in. */
  public String getName() {
    Principal principal = request().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isSignedIn() {
    return request().getUserPrincipal() != null;
  }

  /** May change the directory and resend documents. */
  public boolean isEditor() {
    return request().isUserInRole("EDITOR");
  }

  /** May read the tenant's directory (an editor may too). */
  public boolean isViewer() {
    return request().isUserInRole("VIEWER") || isEditor();
  }

  /** Maintains the public registry. */
  public boolean isNetworkAdmin() {
    return request().isUserInRole("NETWORK_ADMIN");
  }
}
