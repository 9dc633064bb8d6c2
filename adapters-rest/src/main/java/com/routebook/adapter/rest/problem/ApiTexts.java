package com.routebook.adapter.rest.problem;

import com.routebook.domain.ErrorTexts;
import com.routebook.domain.Input;
import com.routebook.domain.Violation;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.StopReason;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The API's language: its English texts (bundle {@code texts.properties} beside this class) and the
 * names of its fields for the parts of an input the domain's violations concern.
 */
public final class ApiTexts {

  /** The bundle's base name. */
  public static final String BUNDLE = "com.routebook.adapter.rest.problem.texts";

  /** The catalogue rendered in the API's English. */
  public static final ErrorTexts ENGLISH =
      new ErrorTexts(
          ResourceBundle.getBundle(
              BUNDLE,
              Locale.ROOT,
              ApiTexts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)),
          Locale.ENGLISH);

  private ApiTexts() {}

  /** The API field a violation names, with its item's index: {@code customerNumbers[2]}. */
  public static String field(Violation violation) {
    String name = field(violation.input());
    return violation.item() == null ? name : name + "[" + violation.item() + "]";
  }

  /** The API field (request member or query parameter) that carries a part of an input. */
  static String field(Input input) {
    return switch (input) {
      case CUSTOMER -> "participantId";
      case CUSTOMER_NUMBERS -> "customerNumbers";
      case CUSTOMER_NUMBER -> "customerNumber";
      case SEARCH -> "q";
      case E_ADDRESS -> "eAddress";
      case ORGANIZATION_NUMBER -> "organizationNumber";
      case VAT_NUMBER -> "vatNumber";
      case GLN -> "gln";
      case OVT -> "ovt";
      case IBAN -> "iban";
      case COUNTRY_CODE -> "countryCode";
      case COUNTRY -> "country";
      case NAME -> "name";
      case SERVICE_PROVIDERS -> "serviceProviders";
      case DEFAULT_SERVICE_PROVIDER -> "defaultServiceProvider";
      case SERVICE_PROVIDER -> "serviceProviderId";
      case DOCUMENT_ID -> "documentId";
      case DOCUMENTS -> "documents";
      case DOCUMENT_FILTER -> "filter";
      case PAGE -> "page";
      case PAGE_SIZE -> "size";
      case USERNAME -> "username";
      case ROLE -> "role";
      case PASSWORD -> "password";
      case CURRENT_PASSWORD -> "currentPassword";
      case NEW_PASSWORD -> "newPassword";
      case FILE -> "file";
      case STATE -> "state";
      case SCOPES -> "scopes";
      case EXPIRES_AT -> "expiresAt";
    };
  }

  /** The field error of a domain violation. */
  public static Problem.FieldError fieldError(Violation violation) {
    return new Problem.FieldError(field(violation), ENGLISH.message(violation));
  }

  /** A field error of a check of this adapter: text {@code api.<key>} of the bundle. */
  public static Problem.FieldError fieldError(String field, String key, Object... arguments) {
    return new Problem.FieldError(field, ENGLISH.format("api." + key, arguments));
  }

  /** A field error of an item of a list (e.g. {@code documents[2]}): "item 3: …". */
  public static Problem.FieldError itemError(
      String list, int index, String member, String message) {
    return new Problem.FieldError(
        list + "[" + index + "]" + (member == null ? "" : "." + member),
        ENGLISH.format(ErrorTexts.ITEM, index + 1, message));
  }

  /** The detail of field errors: the one, or how many and the first. */
  static String summary(List<Problem.FieldError> errors) {
    String first = errors.get(0).message();
    return errors.size() == 1 ? first : ENGLISH.format(ErrorTexts.SEVERAL, errors.size(), first);
  }

  /** The message for the sender of a stopped document, naming it. */
  public static String stopMessage(StopReason reason, DocumentId documentId) {
    return ENGLISH.format("stop." + reason.name(), documentId.value());
  }
}
