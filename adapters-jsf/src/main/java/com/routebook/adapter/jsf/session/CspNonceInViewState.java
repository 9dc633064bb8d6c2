package com.routebook.adapter.jsf.session;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps a page's Content-Security-Policy nonce in the page's own state instead of the HTTP session,
 * so that the session can be read by another instance.
 *
 * <p>PrimeFaces remembers the nonce a page was rendered with in the view map, to check that an Ajax
 * request of that page sends the same one back. With CDI, MyFaces keeps such a plain view-map entry
 * in the session under a key of a class of its own that Liberty does not let the application see;
 * an instance that reads that session from the database (after the one that wrote it died) then
 * fails to read the whole session with a {@code ClassNotFoundException}, and the user is signed
 * out. So the nonce is copied into the view root's attributes (saved with the view, as plain
 * strings) before the page is rendered, taken out of the view map once it is rendered, and put back
 * after a postback restored the view, before PrimeFaces checks it.
 */
public final class CspNonceInViewState implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** PrimeFaces' view-map key of the nonce. */
  static final String VIEW_MAP_KEY = "primefaces.nonce";

  /** Where the nonce is kept in the view root's (saved) attributes. */
  static final String ATTRIBUTE = "com.routebook.cspNonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot view = event.getFacesContext().getViewRoot();
    if (view == null) {
      return;
    }
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
      Object kept = view.getAttributes().get(ATTRIBUTE);
      if (kept instanceof String nonce && !view.isTransient()) {
        view.getViewMap(true).put(VIEW_MAP_KEY, nonce);
      }
    } else if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
      Map<String, Object> viewMap = view.getViewMap(false);
      if (viewMap != null) {
        viewMap.remove(VIEW_MAP_KEY);
      }
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
      return;
    }
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view == null || view.isTransient()) {
      return;
    }
    String nonce = PrimeFacesContext.getCspState(context).getNonce();
    if (nonce != null) {
      view.getAttributes().put(ATTRIBUTE, nonce);
    }
  }
}
