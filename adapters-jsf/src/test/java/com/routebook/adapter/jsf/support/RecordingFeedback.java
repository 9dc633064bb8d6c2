package com.routebook.adapter.jsf.support;

import jakarta.faces.application.FacesMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Feedback that keeps the messages instead of handing them to Faces, for bean tests. */
public class RecordingFeedback extends Feedback {

  private static final long serialVersionUID = 1L;

  /** One message: where (null at the top of the page), how severe, what it says. */
  public record Message(String clientId, FacesMessage.Severity severity, String text) {}

  public final List<Message> messages = new ArrayList<>();
  public boolean kept;

  /** Whether the answer was made a 403 (a refusal). */
  public boolean forbidden;

  private final Locale locale;

  /** Feedback in English. */
  public RecordingFeedback() {
    this(Locale.ENGLISH);
  }

  /** Feedback in the language of a view in that locale. */
  public RecordingFeedback(Locale locale) {
    this.locale = locale;
  }

  @Override
  protected void add(String clientId, FacesMessage.Severity severity, String summary) {
    messages.add(new Message(clientId, severity, summary));
  }

  @Override
  protected Locale locale() {
    return locale;
  }

  @Override
  protected void answerForbidden() {
    forbidden = true;
  }

  /** The outcome, marked as one that keeps the messages for the page it leads to. */
  @Override
  public String redirect(String outcome) {
    kept = true;
    return outcome + "&" + Notices.PARAM + "=kept";
  }

  /** The texts of the messages for one field (null: the top of the page). */
  public List<String> at(String clientId) {
    return messages.stream()
        .filter(m -> clientId == null ? m.clientId() == null : clientId.equals(m.clientId()))
        .map(Message::text)
        .toList();
  }
}
