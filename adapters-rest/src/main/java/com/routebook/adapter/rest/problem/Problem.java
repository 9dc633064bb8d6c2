package com.routebook.adapter.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body: {@code type}, {@code title}, {@code status}, {@code detail}, a
 * stable machine {@code code}, one entry in {@code errors} per bad field or item, and for {@code
 * CUSTOMER_EXISTS} the existing customer's id.
 */
@Schema(name = "Problem", description = "An error answer (RFC 9457, application/problem+json).")
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors", "customerId"})
public record Problem(
    @Schema(
            description = "URI naming the kind of problem",
            example = "urn:routebook:problem:customer-number-taken")
        String type,
    @Schema(description = "Short summary of the status", example = "Conflict") String title,
    @Schema(description = "HTTP status code", example = "409") int status,
    @Schema(description = "What went wrong, for a person") String detail,
    @Schema(description = "Stable machine word", example = "CUSTOMER_NUMBER_TAKEN") String code,
    @Schema(description = "One entry per bad field or item (empty when none)")
        List<FieldError> errors,
    @Schema(description = "For CUSTOMER_EXISTS: the id of the existing customer", nullable = true)
        String customerId) {

  /** Media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A problem with the given status, code and detail, and no field errors. */
  public static Problem of(int status, String code, String detail) {
    return of(status, code, detail, List.of());
  }

  /** A problem with the given status, code, detail and field errors. */
  public static Problem of(int status, String code, String detail, List<FieldError> errors) {
    return new Problem(typeOf(code), titleOf(status), status, detail, code, errors, null);
  }

  /** The same problem carrying the id of an existing customer. */
  public Problem withCustomerId(String id) {
    return new Problem(type, title, status, detail, code, errors, id);
  }

  /**
   * The URI that names a problem code, e.g. {@code urn:routebook:problem:customer-number-taken}.
   */
  static String typeOf(String code) {
    return "urn:routebook:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The standard title of an HTTP status. */
  static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 428 -> "Precondition Required";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "HTTP " + status;
    };
  }

  /** One bad field or item: where it is and what is wrong with it. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(description = "The field or item, e.g. customerNumbers[1]") String field,
      @Schema(description = "What is wrong with it") String message) {}
}
