package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.IdentifierJson;
import com.routebook.adapter.rest.common.ProviderOptionJson;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.participant.Participant;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant of the public customer registry. */
@Schema(name = "Participant")
@JsonbPropertyOrder({
  "id",
  "name",
  "country",
  "eAddress",
  "identifiers",
  "serviceProviders",
  "status",
  "warnings"
})
public record ParticipantResponse(
    String id,
    String name,
    @Schema(example = "SE") String country,
    @Schema(example = "0007:5560360793") String eAddress,
    List<IdentifierJson> identifiers,
    List<ProviderOptionJson> serviceProviders,
    @Schema(enumeration = {"ACTIVE", "DEACTIVATED"}) String status,
    @Schema(description = "warnings about the E-address, e.g. its scheme is deprecated")
        List<String> warnings) {

  /** The participant of a search's result row (the same shape as a whole participant). */
  public static ParticipantResponse from(ParticipantSummary row) {
    return new ParticipantResponse(
        row.id().value(),
        row.name(),
        row.country(),
        row.eAddress(),
        row.identifiers().stream().map(IdentifierJson::from).toList(),
        row.serviceProviders().stream()
            .map(option -> ProviderOptionJson.from(option.provider(), option.isDefault()))
            .toList(),
        row.status().name(),
        ApiTexts.ENGLISH.texts(EAddress.storedWarnings(row.eAddress())));
  }

  public static ParticipantResponse from(Participant participant) {
    return new ParticipantResponse(
        participant.id().value(),
        participant.name(),
        participant.country(),
        participant.eAddressText(),
        participant.identifiers().stream().map(IdentifierJson::from).toList(),
        participant.serviceProviders().stream()
            .map(p -> ProviderOptionJson.from(p, p.id().equals(participant.defaultProviderId())))
            .toList(),
        participant.status().name(),
        ApiTexts.ENGLISH.texts(EAddress.storedWarnings(participant.eAddressText())));
  }
}
