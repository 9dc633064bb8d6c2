package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.IdentifierJson;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.in.registry.ParticipantData;
import com.routebook.application.port.in.registry.ParticipantData.RawIdentifier;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.ServiceProviderId;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A participant as entered by a network administrator: the participant's shape without id and
 * status; its providers by id, one flagged {@code default} (not needed with a single provider).
 */
@Schema(name = "ParticipantInput")
public record ParticipantRequest(
    @Schema(required = true) String name,
    @Schema(required = true, example = "SE") String country,
    @Schema(required = true, example = "0007:5560360793") String eAddress,
    List<IdentifierJson> identifiers,
    @Schema(description = "the providers by id, one of them flagged default")
        List<ProviderRef> serviceProviders) {

  /**
   * The use case's input; raw values are validated by the use case.
   *
   * @throws ProblemException for unknown schemes or empty entries, one error per item
   */
  ParticipantData toData() {
    List<Problem.FieldError> errors = new ArrayList<>();
    List<RawIdentifier> raw = new ArrayList<>();
    List<IdentifierJson> given = identifiers == null ? List.of() : identifiers;
    for (int i = 0; i < given.size(); i++) {
      IdentifierJson identifier = given.get(i);
      IdentifierScheme scheme =
          identifier == null || identifier.scheme() == null
              ? null
              : Arrays.stream(IdentifierScheme.values())
                  .filter(s -> s.name().equalsIgnoreCase(identifier.scheme().strip()))
                  .findFirst()
                  .orElse(null);
      if (scheme == null) {
        errors.add(
            ApiTexts.fieldError(
                "identifiers[" + i + "].scheme",
                "schemeUnknown",
                Arrays.toString(IdentifierScheme.values()),
                identifier == null ? "nothing" : "\"" + identifier.scheme() + "\""));
      } else {
        raw.add(new RawIdentifier(scheme, identifier.value()));
      }
    }
    List<ServiceProviderId> providerIds = new ArrayList<>();
    ServiceProviderId defaultId = null;
    List<ProviderRef> providers = serviceProviders == null ? List.of() : serviceProviders;
    for (int i = 0; i < providers.size(); i++) {
      ProviderRef ref = providers.get(i);
      if (ref == null || ref.id() == null || ref.id().isBlank()) {
        errors.add(ApiTexts.fieldError("serviceProviders[" + i + "].id", "providerIdRequired"));
        continue;
      }
      ServiceProviderId id = new ServiceProviderId(ref.id().strip());
      providerIds.add(id);
      if (Boolean.TRUE.equals(ref.isDefault())) {
        if (defaultId != null) {
          errors.add(ApiTexts.fieldError("serviceProviders[" + i + "].default", "oneDefault"));
        }
        defaultId = id;
      }
    }
    if (!errors.isEmpty()) {
      ErrorCode code =
          errors.get(0).field().startsWith("identifiers")
              ? ErrorCode.INVALID_IDENTIFIER
              : ErrorCode.INVALID_PARTICIPANT;
      throw ProblemException.invalid(code.name(), errors);
    }
    return new ParticipantData(name, country, eAddress, raw, providerIds, defaultId);
  }

  /** A provider of the participant, by id. */
  @Schema(name = "ProviderRef")
  public record ProviderRef(
      @Schema(required = true) String id,
      @JsonbProperty("default") @Schema(name = "default") Boolean isDefault) {}
}
