package com.routebook.adapter.jsf.support;

import com.routebook.domain.ConflictException;
import com.routebook.domain.DomainException;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Tells the user what happened: texts come from the message bundle ({@code msg}), domain errors
 * become messages beside the fields they name or at the top of the page.
 */
@ApplicationScoped
public class Feedback implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The bundle's base name, also registered in faces-config.xml. */
  public static final String BUNDLE = "com.routebook.adapter.jsf.messages";

  /** A localized text of the bundle, formatted with arguments. */
  public String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle().getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
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
   * Reports a domain error: each violation of a {@link ValidationException} goes beside the field
   * whose name (before any {@code [index]}) is a key of {@code fields}, the others at the top; a
   * stale change says "changed by someone else"; other errors say what the bundle or the error
   * says.
   */
  public void report(DomainException error, Map<String, String> fields) {
    if (error instanceof ValidationException invalid) {
      for (Violation violation : invalid.violations()) {
        add(
            fields.get(baseField(violation.field())),
            FacesMessage.SEVERITY_ERROR,
            violation.message());
      }
    } else if (error instanceof ConflictException
        && ConflictException.CONCURRENT_CHANGE.equals(error.code())) {
      add(null, FacesMessage.SEVERITY_ERROR, text("error.concurrentChange"));
    } else if (error instanceof ForbiddenException) {
      add(null, FacesMessage.SEVERITY_ERROR, text("error.forbidden"));
    } else if (error instanceof NotFoundException) {
      add(null, FacesMessage.SEVERITY_ERROR, text("error.notFound"));
    } else {
      add(null, FacesMessage.SEVERITY_ERROR, error.getMessage());
    }
  }

  /** Reports a domain error at the top of the page. */
  public void report(DomainException error) {
    report(error, Map.of());
  }

  /** Keeps messages across a redirect. */
  public void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * The field name without an item index: {@code customerNumbers[2]} is {@code customerNumbers}.
   */
  static String baseField(String field) {
    int bracket = field.indexOf('[');
    return bracket < 0 ? field : field.substring(0, bracket);
  }

  /** Adds a message to the current request; overridden by tests. */
  protected void add(String clientId, FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, summary, null));
  }

  /** The bundle of the current view's locale; overridden by tests. */
  protected ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, locale(), Feedback.class.getClassLoader());
  }

  /** The current view's locale. */
  protected java.util.Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null && context.getViewRoot() != null
        ? context.getViewRoot().getLocale()
        : java.util.Locale.ENGLISH;
  }
}
