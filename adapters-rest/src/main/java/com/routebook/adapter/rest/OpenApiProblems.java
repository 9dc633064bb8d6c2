package com.routebook.adapter.rest;

import com.routebook.adapter.rest.access.ApiKeyScopes;
import com.routebook.adapter.rest.common.RequestLimits;
import com.routebook.application.port.PageRequest;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem answers every operation of the API can give to the served document, so each
 * operation lists them without repeating them in annotations: 401 (no or bad credentials), 429 (the
 * sign-in throttle, with {@code Retry-After}), 403 (a role the caller lacks), 500, 400 (malformed
 * JSON) where there is a body, and 404/412/428 on the changes of a customer that need {@code
 * If-Match}; 413 and 422 for the limits of {@link RequestLimits}.
 */
public class OpenApiProblems implements OASFilter {

  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  private static final String API_PREFIX = "/api/v1";

  /** The limits of every string ({@link RequestLimits}), as the document states them. */
  static final String LIMITS =
      String.format(
          Locale.ROOT,
          "INPUT_TOO_LONG (and the validation codes of the operation): a string of the body or a"
              + " query parameter over %,d characters (customerNumbers as one text: %,d), one"
              + " error per string; page size at most %,d",
          RequestLimits.MAX_STRING_LENGTH,
          RequestLimits.LONGER_FIELDS.get("customerNumbers"),
          PageRequest.MAX_SIZE);

  /** The limit of a body ({@link RequestLimits}). */
  static final String BODY_LIMIT =
      String.format(
          Locale.ROOT,
          "BODY_TOO_LARGE: a JSON body over %,d bytes (a file over %,d bytes)",
          RequestLimits.MAX_JSON_BODY_BYTES,
          RequestLimits.MAX_FILE_BODY_BYTES);

  /** The sign-in throttle, which any call with HTTP Basic can meet. */
  static final String TOO_MANY_ATTEMPTS =
      "TOO_MANY_ATTEMPTS: too many failed sign-ins (HTTP Basic) for the user or from the address;"
          + " nothing was checked; Retry-After gives the seconds to wait";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith(API_PREFIX) || path.getValue().getOperations() == null) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        addProblems(path.getKey(), entry.getKey(), entry.getValue());
      }
    }
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    add(responses, "401", "UNAUTHENTICATED: no or wrong credentials (WWW-Authenticate says how)");
    add(responses, "429", TOO_MANY_ATTEMPTS);
    add(responses, "403", "FORBIDDEN: your role, or your API key's scopes, do not allow this");
    String scope =
        ApiKeyScopes.needed(path.substring(API_PREFIX.length()), method.name())
            .map(s -> "API key scope needed: " + s.name() + ".")
            .orElse("Not for API keys (users only).");
    String description = operation.getDescription();
    if (description == null || !description.contains(scope)) {
      operation.setDescription(description == null ? scope : description + " " + scope);
    }
    add(responses, "500", "INTERNAL_ERROR: an unexpected failure, with an incident id");
    add(responses, "422", LIMITS);
    if (operation.getRequestBody() != null) {
      add(responses, "413", BODY_LIMIT);
      add(responses, "400", "MALFORMED_JSON or MALFORMED_REQUEST: the body is not valid JSON");
      add(responses, "415", "UNSUPPORTED_MEDIA_TYPE: send application/json");
    }
    if (path.contains("{")) {
      add(responses, "404", "not found, or another tenant's");
    }
    boolean customerChange =
        path.startsWith(API_PREFIX + "/customers/{") && method != PathItem.HttpMethod.GET;
    if (customerChange) {
      add(responses, "412", "CONCURRENT_CHANGE: changed by someone else; reload (If-Match stale)");
      add(responses, "428", "PRECONDITION_REQUIRED: send the ETag read in If-Match");
    }
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    Schema problem = OASFactory.createSchema().ref(PROBLEM_SCHEMA);
    Content content =
        OASFactory.createContent()
            .addMediaType("application/problem+json", OASFactory.createMediaType().schema(problem));
    APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
    responses.addAPIResponse(status, response);
  }
}
