package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.IdentifierJson;
import com.routebook.adapter.rest.common.ProviderOptionJson;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.application.port.in.directory.CustomerView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's details: the summary, the participant's identifiers and all its providers. */
@Schema(name = "Customer")
@JsonbPropertyOrder({
  "id",
  "name",
  "participantId",
  "eAddress",
  "organizationNumber",
  "vatNumber",
  "customerNumbers",
  "serviceProvider",
  "state",
  "nonExisting",
  "version",
  "identifiers",
  "serviceProviders",
  "providerUnavailable",
  "warnings"
})
public record CustomerResponse(
    String id,
    String name,
    String participantId,
    @Schema(example = "0007:5560360793") String eAddress,
    @Schema(nullable = true) String organizationNumber,
    @Schema(nullable = true) String vatNumber,
    List<String> customerNumbers,
    @Schema(description = "the provider routing uses") ServiceProviderJson serviceProvider,
    @Schema(enumeration = {"ACTIVE", "INACTIVE"}) String state,
    @Schema(description = "the participant is deactivated in the network (red label)")
        boolean nonExisting,
    @Schema(description = "the version; the ETag is this number in quotes") long version,
    List<IdentifierJson> identifiers,
    @Schema(description = "all the participant's providers")
        List<ProviderOptionJson> serviceProviders,
    @Schema(description = "the chosen provider was dropped; routing uses the default")
        boolean providerUnavailable,
    @Schema(description = "warnings about the E-address, e.g. its scheme is deprecated")
        List<String> warnings) {

  public static CustomerResponse from(CustomerView view) {
    return new CustomerResponse(
        view.id().value(),
        view.name(),
        view.participantId().value(),
        view.eAddress(),
        view.organizationNumber(),
        view.vatNumber(),
        view.customerNumbers(),
        ServiceProviderJson.from(view.serviceProvider()),
        view.state().name(),
        view.nonExisting(),
        view.version(),
        view.identifiers().stream().map(IdentifierJson::from).toList(),
        view.serviceProviders().stream()
            .map(option -> ProviderOptionJson.from(option.provider(), option.isDefault()))
            .toList(),
        view.providerUnavailable(),
        ApiTexts.ENGLISH.texts(view.warnings()));
  }
}
