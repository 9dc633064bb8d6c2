package com.routebook.adapter.jsf.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Messages carried across a redirect: the page that redirects keeps its messages in the HTTP
 * session under a one-time key and names that key in the address it redirects to ({@value #PARAM});
 * the request of that address, and no other, takes them out and shows them.
 *
 * <p>Faces' flash did the same by a cookie: whichever request of the session came next took the
 * messages, so a request that overtook the redirected one (or came from another tab) made them
 * vanish. The messages are kept as plain strings, so that an instance that reads the session from
 * the database can read them.
 */
public final class Notices implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The request parameter that names the kept messages. */
  public static final String PARAM = "notice";

  /** The session attributes' prefix; the key follows it. */
  static final String ATTRIBUTE = "com.routebook.notice.";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Keeps the messages in the session and answers the outcome that leads to them: {@code outcome}
   * with {@value #PARAM} added to its query. With no messages, the outcome as it is.
   */
  static String keep(FacesContext context, String outcome) {
    List<String> kept = new ArrayList<>();
    Iterator<String> clientIds = context.getClientIdsWithMessages();
    while (clientIds.hasNext()) {
      String clientId = clientIds.next();
      for (FacesMessage message : context.getMessageList(clientId)) {
        kept.add(clientId == null ? "" : clientId);
        kept.add(String.valueOf(message.getSeverity().getOrdinal()));
        kept.add(message.getSummary());
      }
    }
    return kept.isEmpty()
        ? outcome
        : naming(outcome, keep(context.getExternalContext().getSessionMap(), kept));
  }

  /** The outcome with the key added to its query as {@value #PARAM}. */
  static String naming(String outcome, String key) {
    return outcome + (outcome.indexOf('?') < 0 ? '?' : '&') + PARAM + '=' + key;
  }

  /**
   * Keeps the flat list of messages (client id, severity's ordinal, summary) under a new key,
   * answered.
   */
  static String keep(Map<String, Object> session, List<String> messages) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.put(ATTRIBUTE + key, new ArrayList<>(messages));
    return key;
  }

  /**
   * The messages kept under the key, taken out of the session (a second request with the same key
   * finds none); none for a key not made by {@link #keep}.
   */
  @SuppressWarnings("unchecked")
  static List<String> take(Map<String, Object> session, String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      return List.of();
    }
    Object kept = session.remove(ATTRIBUTE + key);
    return kept instanceof List<?> messages ? (List<String>) messages : List.of();
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the messages are shown once the view is known (after its phase)
  }

  /** Shows the messages named by the request's {@value #PARAM}, on a page's first request. */
  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.isPostback()) {
      return;
    }
    String key = context.getExternalContext().getRequestParameterMap().get(PARAM);
    if (key == null || context.getExternalContext().getSession(false) == null) {
      return;
    }
    List<String> messages = take(context.getExternalContext().getSessionMap(), key);
    for (int i = 0; i + 2 < messages.size(); i += 3) {
      String clientId = messages.get(i);
      context.addMessage(
          clientId.isEmpty() ? null : clientId,
          new FacesMessage(severity(messages.get(i + 1)), messages.get(i + 2), null));
    }
  }

  /** The severity of its ordinal as kept ({@link FacesMessage#VALUES} is in ordinal order). */
  static FacesMessage.Severity severity(String ordinal) {
    return (FacesMessage.Severity) FacesMessage.VALUES.get(Integer.parseInt(ordinal));
  }
}
