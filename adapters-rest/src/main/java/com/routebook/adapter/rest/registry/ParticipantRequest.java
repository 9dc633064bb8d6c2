package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.IdentifierJson;
import com.routebook.application.port.in.registry.ParticipantData;
import com.routebook.application.port.in.registry.ParticipantData.RawIdentifier;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
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
   * @throws ValidationException for unknown schemes or empty entries, one violation per item
   */
  ParticipantData toData() {
    List<Violation> violations = new ArrayList<>();
    List<RawIdentifier> raw = new ArrayList<>();
    List<IdentifierJson> given = identifiers == null ? List.of() : identifiers;
    for (int i = 0; i < given.size(); i++) {
      IdentifierJson identifier = given.get(i);
      String field = "identifiers[" + i + "]";
      IdentifierScheme scheme =
          identifier == null || identifier.scheme() == null
              ? null
              : Arrays.stream(IdentifierScheme.values())
                  .filter(s -> s.name().equalsIgnoreCase(identifier.scheme().strip()))
                  .findFirst()
                  .orElse(null);
      if (scheme == null) {
        violations.add(
            new Violation(
                field + ".scheme",
                "scheme must be one of "
                    + Arrays.toString(IdentifierScheme.values())
                    + ", was "
                    + (identifier == null ? "nothing" : "\"" + identifier.scheme() + "\"")));
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
        violations.add(
            new Violation("serviceProviders[" + i + "].id", "a service provider id is required"));
        continue;
      }
      ServiceProviderId id = new ServiceProviderId(ref.id().strip());
      providerIds.add(id);
      if (Boolean.TRUE.equals(ref.isDefault())) {
        if (defaultId != null) {
          violations.add(
              new Violation(
                  "serviceProviders[" + i + "].default", "only one provider can be the default"));
        }
        defaultId = id;
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(
          violations.get(0).field().startsWith("identifiers")
              ? Identifier.INVALID
              : Participant.INVALID_PARTICIPANT,
          violations);
    }
    return new ParticipantData(name, country, eAddress, raw, providerIds, defaultId);
  }

  /** A provider of the participant, by id. */
  @Schema(name = "ProviderRef")
  public record ProviderRef(
      @Schema(required = true) String id,
      @JsonbProperty("default") @Schema(name = "default") Boolean isDefault) {}
}
