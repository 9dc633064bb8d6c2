package com.routebook.adapter.jsf.support;

import com.routebook.domain.identifier.EAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The warnings shown beside an E-address on every screen that shows one (its scheme is deprecated
 * or removed, or no longer listed), in the view's language: {@code #{eAddressWarnings.of(text)}}
 * for a stored address, {@code #{eAddressWarnings.sent(text)}} for one as sent or typed.
 */
@Named("eAddressWarnings")
@ApplicationScoped
public class EAddressWarnings implements Serializable {

  private static final long serialVersionUID = 1L;

  private Feedback feedback;

  /** For the CDI proxy only. */
  protected EAddressWarnings() {}

  @Inject
  public EAddressWarnings(Feedback feedback) {
    this.feedback = feedback;
  }

  /** The warnings of an E-address as shown ({@code ICD:value}); none for none or a bad text. */
  public List<String> of(String eAddress) {
    if (eAddress == null || eAddress.indexOf(':') <= 0) {
      return List.of();
    }
    return feedback.explain(EAddress.stored(eAddress.strip()).warnings());
  }

  /**
   * The warnings of an E-address as a document sent it or a user typed it: those of the address it
   * parses to; none for text that is no E-address.
   */
  public List<String> sent(String eAddress) {
    return feedback.explain(EAddress.warningsAsSent(eAddress));
  }
}
