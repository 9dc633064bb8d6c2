package com.routebook.adapter.jsf.support;

import com.routebook.application.port.in.access.RecordSecurityEventUseCase;
import com.routebook.application.port.out.CurrentUser;
import com.routebook.domain.DomainException;
import com.routebook.domain.ErrorTexts;
import com.routebook.domain.Explanation;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.Input;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.access.SecurityEventType;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.StopReason;
import com.routebook.domain.tenant.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Tells the user what happened: texts come from the message bundle ({@code msg}) of the view's
 * language, domain errors and routing explanations too (their codes, rules and arguments rendered
 * by {@link ErrorTexts}), errors beside the fields whose part of the input they name or at the top
 * of the page.
 */
@ApplicationScoped
public class Feedback implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The bundle's base name, also registered in faces-config.xml. */
  public static final String BUNDLE = "com.routebook.adapter.jsf.messages";

  /** Where a refusal (403) shown on a screen is recorded; absent in unit tests. */
  @Inject transient RecordSecurityEventUseCase events;

  @Inject transient CurrentUser currentUser;

  /**
   * A localized text of the bundle, formatted with arguments (domain enums and breaches among them
   * rendered from the bundle too).
   */
  public String text(String key, Object... arguments) {
    if (arguments.length == 0) {
      try {
        return bundle().getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }
    return texts().format(key, arguments);
  }

  /** Explanations (a routing decision's path or warnings) in the view's language, in order. */
  public List<String> explain(List<Explanation> explanations) {
    return texts().texts(explanations);
  }

  /** The language of the current view, e.g. {@code sv}: lists order names in it. */
  public String language() {
    return locale().getLanguage();
  }

  /** The message for the sender of a stopped document, naming it. */
  public String stopMessage(StopReason reason, DocumentId documentId) {
    return texts().format(stopKey(reason), documentId.value());
  }

  /** The bundle key of a stop reason's message: {@code stop.NO_MATCH}. */
  public static String stopKey(StopReason reason) {
    return "stop." + reason.name();
  }

  /** An informative message at the top of the page. */
  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  /** An error message at the top of the page ({@code clientId} null) or beside a field. */
  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /**
   * Reports a domain error in the view's language: each violation of a {@link ValidationException}
   * goes beside the field (client id) that {@code fields} gives for its part of the input, or at
   * the top; any other error at the top.
   */
  public void report(DomainException error, Map<Input, String> fields) {
    if (error instanceof ForbiddenException) {
      refused(error);
    }
    ErrorTexts texts = texts();
    if (error instanceof ValidationException invalid) {
      for (Violation violation : invalid.violations()) {
        add(fields.get(violation.input()), FacesMessage.SEVERITY_ERROR, texts.message(violation));
      }
    } else {
      add(null, FacesMessage.SEVERITY_ERROR, texts.detail(error));
    }
  }

  /**
   * Answers a refusal with 403 and records it in the security event log, in English, with the
   * screen it came from. The page still shows the message. Only a whole page says 403: an AJAX
   * answer stays 200, as PrimeFaces applies no partial answer of an error status (its request's
   * {@code fail} branch only reports the error), so the message would never show.
   */
  private void refused(DomainException error) {
    answerForbidden();
    if (events == null || currentUser == null) {
      return;
    }
    Actor actor;
    try {
      actor = currentUser.actor();
    } catch (ForbiddenException nobody) {
      actor = null;
    }
    String detail =
        new ErrorTexts(
                ResourceBundle.getBundle(
                    BUNDLE,
                    java.util.Locale.ROOT,
                    Feedback.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)),
                java.util.Locale.ENGLISH)
            .detail(error);
    events.record(
        SecurityEventType.REFUSED,
        actor == null ? null : actor.username(),
        actor == null ? null : actor.tenantId(),
        currentUser.clientAddress(),
        detail + " (screen " + viewId() + ")");
  }

  /** Sets 403 on a whole page's answer (not on an AJAX one, see above); overridden by tests. */
  protected void answerForbidden() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null
        && !context.getPartialViewContext().isAjaxRequest()
        && !context.getExternalContext().isResponseCommitted()) {
      context.getExternalContext().setResponseStatus(403);
    }
  }

  /** The current view's id, for the record of a refusal; overridden by tests. */
  protected String viewId() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && context.getViewRoot() != null
        ? context.getViewRoot().getViewId()
        : "unknown";
  }

  /** The text of one violation in the view's language. */
  public String message(Violation violation) {
    return texts().message(violation);
  }

  /** Reports a domain error at the top of the page. */
  public void report(DomainException error) {
    report(error, Map.of());
  }

  /**
   * The outcome of a redirect that shows this request's messages on the page it leads to, and only
   * there ({@link Notices}).
   */
  public String redirect(String outcome) {
    return Notices.keep(FacesContext.getCurrentInstance(), outcome);
  }

  /** Adds a message to the current request; overridden by tests. */
  protected void add(String clientId, FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, summary, null));
  }

  /** The catalogue of domain errors in the current view's language. */
  private ErrorTexts texts() {
    return new ErrorTexts(bundle(), locale());
  }

  /** The bundle of the current view's locale; overridden by tests. */
  protected ResourceBundle bundle() {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale(),
        Feedback.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The current view's locale. */
  protected java.util.Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && context.getViewRoot() != null
        ? context.getViewRoot().getLocale()
        : java.util.Locale.ENGLISH;
  }
}
