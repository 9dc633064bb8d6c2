package com.routebook.adapter.jsf.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * The longest text a screen takes, checked on the server: a default validator of every input
 * ({@code default-validators} in {@code faces-config.xml}), so that a field added later is covered
 * too and a crafted postback cannot pass what the browser's {@code maxlength} stops. A field's
 * limit is the {@code maxlength} its page declares (one number for both: the page says it once); a
 * field without one takes {@value #DEFAULT_LIMIT} characters, the API's limit of a string. No
 * field's limit is above the API's for the same input ({@value #DEFAULT_LIMIT}; customer numbers as
 * one text, 2,000). A longer text is refused beside its field, in the view's language, before any
 * value reaches a bean: nothing is saved. The text checked is the one posted: PrimeFaces' inputs
 * cut a text to their {@code maxlength} when they read it, which would save another text than the
 * one sent.
 */
public class InputLimit implements Validator<Object>, Serializable {

  private static final long serialVersionUID = 1L;

  /** Its id in {@code faces-config.xml}. */
  public static final String ID = "routebook.InputLimit";

  /** The limit of a field that declares no {@code maxlength}: the API's limit of a string. */
  public static final int DEFAULT_LIMIT = 1_000;

  /** The bundle key of the refusal: the limit, then the length given. */
  static final String TOO_LONG = "input.tooLong";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    // the text as posted: PrimeFaces' inputs cut a longer one to their maxlength when they read it,
    // which would silently save a text other than the one sent
    Object posted =
        context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
    Object submitted =
        component instanceof EditableValueHolder holder ? holder.getSubmittedValue() : null;
    OptionalInt length = longest(posted, submitted, value);
    if (length.isEmpty()) {
      return;
    }
    int limit = limit(component.getAttributes().get("maxlength"));
    if (length.getAsInt() > limit) {
      String text =
          message(
              context.getApplication().getResourceBundle(context, "msg"), limit, length.getAsInt());
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  /** The length of the longest of these texts; none when none is a text. */
  static OptionalInt longest(Object... values) {
    OptionalInt longest = OptionalInt.empty();
    for (Object value : values) {
      OptionalInt length = length(value);
      if (length.isPresent() && (longest.isEmpty() || length.getAsInt() > longest.getAsInt())) {
        longest = length;
      }
    }
    return longest;
  }

  /** The length of a text, in the characters {@code maxlength} counts; none for other values. */
  static OptionalInt length(Object value) {
    return value instanceof String text ? OptionalInt.of(text.length()) : OptionalInt.empty();
  }

  /** The field's {@code maxlength} when it declares a positive one, else the default. */
  static int limit(Object maxlength) {
    int declared;
    if (maxlength instanceof Number number) {
      declared = number.intValue();
    } else if (maxlength instanceof String text && !text.isBlank()) {
      try {
        declared = Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        declared = 0;
      }
    } else {
      declared = 0;
    }
    return declared > 0 ? declared : DEFAULT_LIMIT;
  }

  /** The refusal's text in a bundle (for tests of both languages). */
  static String message(ResourceBundle bundle, int limit, int length) {
    return MessageFormat.format(
        bundle.getString(TOO_LONG), String.valueOf(limit), String.valueOf(length));
  }
}
