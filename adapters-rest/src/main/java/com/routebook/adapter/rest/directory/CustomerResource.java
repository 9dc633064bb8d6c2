package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.CustomerFilter;
import com.routebook.adapter.rest.common.DocumentResponse;
import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.in.directory.ActivateCustomerUseCase;
import com.routebook.application.port.in.directory.AddCustomerUseCase;
import com.routebook.application.port.in.directory.AddCustomerUseCase.AddCustomerCommand;
import com.routebook.application.port.in.directory.ChooseServiceProviderUseCase;
import com.routebook.application.port.in.directory.ChooseServiceProviderUseCase.ChooseServiceProviderCommand;
import com.routebook.application.port.in.directory.CustomerVersionCommand;
import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.DeactivateCustomerUseCase;
import com.routebook.application.port.in.directory.DeleteCustomerUseCase;
import com.routebook.application.port.in.directory.GetCustomerHistoryUseCase;
import com.routebook.application.port.in.directory.GetCustomerHistoryUseCase.GetCustomerHistoryQuery;
import com.routebook.application.port.in.directory.GetCustomerUseCase;
import com.routebook.application.port.in.directory.GetCustomerUseCase.GetCustomerQuery;
import com.routebook.application.port.in.directory.RelinkCustomerUseCase;
import com.routebook.application.port.in.directory.RelinkCustomerUseCase.RelinkCustomerCommand;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase;
import com.routebook.application.port.in.directory.ReplaceCustomerNumbersUseCase.ReplaceCustomerNumbersCommand;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase;
import com.routebook.application.port.in.directory.SearchDirectoryUseCase.SearchDirectoryQuery;
import com.routebook.application.port.in.routing.ResendCustomerDocumentsUseCase;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's customer directory (viewers read, editors change). Reads carry the customer's
 * version as {@code ETag}; every change needs it back in {@code If-Match}. One instance serves
 * every call (nothing is made per search, which is on the hot path); what a call needs of its
 * request comes as a parameter.
 */
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Customer directory",
    description = "The tenant's customers (viewer reads, editor changes)")
public class CustomerResource {

  private static final String PROBLEM = Problem.MEDIA_TYPE;

  @Inject SearchDirectoryUseCase searchDirectory;
  @Inject GetCustomerUseCase getCustomer;
  @Inject AddCustomerUseCase addCustomer;
  @Inject ReplaceCustomerNumbersUseCase replaceNumbers;
  @Inject ChooseServiceProviderUseCase chooseProvider;
  @Inject ActivateCustomerUseCase activateCustomer;
  @Inject DeactivateCustomerUseCase deactivateCustomer;
  @Inject DeleteCustomerUseCase deleteCustomer;
  @Inject GetCustomerHistoryUseCase customerHistory;
  @Inject ResendCustomerDocumentsUseCase customerDocuments;
  @Inject RelinkCustomerUseCase relinkCustomer;

  @GET
  @Operation(
      summary = "Search the directory",
      description =
          "q matches name, identifiers, E-address, provider name and customer numbers; * is any"
              + " run of characters, \\* a literal asterisk; without * a field must equal q whole."
              + " Sorted by name (in the language of Accept-Language, English by default; not by"
              + " code point), then id, unless sort asks otherwise. state NON_EXISTING lists"
              + " customers whose participant is deactivated; NEEDS_ATTENTION those and the ones"
              + " whose chosen provider is no longer offered.")
  @APIResponse(
      responseCode = "200",
      description = "a page of customers",
      content = @Content(schema = @Schema(implementation = CustomerPage.class)))
  @APIResponse(
      responseCode = "422",
      description = "bad query or parameter (INVALID_SEARCH, INVALID_PAGE, INVALID_PARAMETER)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public CustomerPage search(@BeanParam CustomerFilter filter, @BeanParam PageParams paging) {
    return CustomerPage.from(
        searchDirectory.search(
            new SearchDirectoryQuery(
                filter.pattern(),
                filter.state(),
                filter.sort(),
                filter.language(),
                paging.request())));
  }

  @POST
  @Operation(summary = "Add a participant of the registry as a customer (editor)")
  @APIResponse(
      responseCode = "201",
      description = "the new customer; Location names it",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "no such participant (PARTICIPANT_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "CUSTOMER_EXISTS (customerId names the existing customer) or CUSTOMER_NUMBER_TAKEN",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "INVALID_CUSTOMER_NUMBERS (one error per bad item), PROVIDER_NOT_REGISTERED,"
              + " INVALID_CUSTOMER",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response add(AddCustomerRequest request, @Context UriInfo uriInfo) {
    AddCustomerRequest body = Bodies.required(request);
    CustomerView added =
        addCustomer.add(
            new AddCustomerCommand(
                participantId(body.participantId()),
                blankToNull(body.eAddress()),
                CustomerNumbersInput.parse(body.customerNumbers()),
                serviceProviderId(body.serviceProviderId())));
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path(CustomerResource.class)
                .path(added.id().value())
                .build())
        .tag(new EntityTag(String.valueOf(added.version())))
        .entity(CustomerResponse.from(added))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a customer", description = "ETag carries its version.")
  @APIResponse(
      responseCode = "200",
      description = "the customer",
      headers =
          @Header(
              name = "ETag",
              schema = @Schema(type = SchemaType.STRING),
              description = "the version in quotes, e.g. \"3\""),
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
  @APIResponse(
      responseCode = "404",
      description = "no such customer in your directory (CUSTOMER_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("id") String id, @Context Request request) {
    CustomerView view = getCustomer.get(new GetCustomerQuery(new CustomerId(id)));
    EntityTag tag = new EntityTag(String.valueOf(view.version()));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.build();
    }
    return withEtag(view);
  }

  @PUT
  @Path("{id}/customer-numbers")
  @Operation(summary = "Replace a customer's numbers (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the changed customer",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "CUSTOMER_NUMBER_TAKEN",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_CUSTOMER_NUMBERS, one error per bad item",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response replaceNumbers(
      @PathParam("id") String id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      CustomerNumbersRequest request) {
    return change(
        id,
        ifMatch,
        request,
        (customerId, body, version) ->
            replaceNumbers.replaceNumbers(
                new ReplaceCustomerNumbersCommand(
                    customerId,
                    CustomerNumbersInput.parse(body.customerNumbers()),
                    version.getAsLong())));
  }

  @PUT
  @Path("{id}/service-provider")
  @Operation(summary = "Choose the service provider of a customer (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the changed customer",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  @APIResponse(
      responseCode = "422",
      description = "PROVIDER_NOT_REGISTERED: not one of the participant's providers",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response chooseProvider(
      @PathParam("id") String id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      ServiceProviderChoice request) {
    return change(
        id,
        ifMatch,
        request,
        (customerId, body, version) -> {
          ServiceProviderId provider = serviceProviderId(body.serviceProviderId());
          if (provider == null) {
            throw ProblemException.invalid(
                "INVALID_SERVICE_PROVIDER",
                ApiTexts.fieldError("serviceProviderId", "serviceProviderIdRequired"));
          }
          return chooseProvider.chooseProvider(
              new ChooseServiceProviderCommand(customerId, provider, version.getAsLong()));
        });
  }

  @PUT
  @Path("{id}/participant")
  @Operation(
      summary = "Re-link a customer to another participant (editor)",
      description =
          "The company moved to a new E-address: numbers, state and history stay; the provider"
              + " becomes the new participant's default unless serviceProviderId chooses one of"
              + " its providers. Audited as RELINKED.")
  @APIResponse(
      responseCode = "200",
      description = "the re-linked customer",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "CUSTOMER_NOT_FOUND or PARTICIPANT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "CUSTOMER_EXISTS: that participant already is a customer (customerId names it)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "INVALID_CUSTOMER (neither or both of participantId and eAddress),"
              + " PROVIDER_NOT_REGISTERED",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response relink(
      @PathParam("id") String id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      RelinkRequest request) {
    return change(
        id,
        ifMatch,
        request,
        (customerId, body, version) ->
            relinkCustomer.relink(
                new RelinkCustomerCommand(
                    customerId,
                    participantId(body.participantId()),
                    blankToNull(body.eAddress()),
                    serviceProviderId(body.serviceProviderId()),
                    version.getAsLong())));
  }

  @POST
  @Path("{id}/deactivate")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Deactivate a customer: kept, but never routed to (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the changed customer",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  public Response deactivate(
      @PathParam("id") String id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withEtag(deactivateCustomer.deactivate(versionCommand(id, ifMatch)));
  }

  @POST
  @Path("{id}/activate")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Activate a customer again (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the changed customer",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
  public Response activate(
      @PathParam("id") String id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    return withEtag(activateCustomer.activate(versionCommand(id, ifMatch)));
  }

  @DELETE
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Delete a customer for good, freeing its numbers (editor)")
  @APIResponse(responseCode = "204", description = "deleted")
  public Response delete(
      @PathParam("id") String id,
      @Parameter(description = "the ETag read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch) {
    deleteCustomer.delete(versionCommand(id, ifMatch));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "A customer's audit history, newest first (also after deletion)")
  @APIResponse(
      responseCode = "200",
      description = "the changes",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
  @APIResponse(
      responseCode = "404",
      description = "no such customer in your directory (CUSTOMER_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public List<HistoryEntry> history(@PathParam("id") String id) {
    return customerHistory.history(new GetCustomerHistoryQuery(new CustomerId(id))).stream()
        .map(HistoryEntry::from)
        .toList();
  }

  @GET
  @Path("{id}/stopped-documents")
  @Operation(
      summary = "The stopped documents this customer now matches",
      description =
          "Offered for resending after the customer was added or fixed; resend them with POST"
              + " /documents/resend {\"customerId\"}.")
  @APIResponse(
      responseCode = "200",
      description = "the documents, by document id",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "no such customer in your directory (CUSTOMER_NOT_FOUND)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public List<DocumentResponse> stoppedDocuments(@PathParam("id") String id) {
    return customerDocuments.stoppedDocumentsMatching(new CustomerId(id)).stream()
        .map(DocumentResponse::from)
        .toList();
  }

  private CustomerVersionCommand versionCommand(String id, String ifMatch) {
    CustomerId customerId = new CustomerId(id);
    return new CustomerVersionCommand(
        customerId, IfMatch.parse(ifMatch).expectedVersion(currentVersion(customerId)));
  }

  /**
   * A change with a body to the customer whose version {@code If-Match} names: the header is read
   * first (428 without it), then the body (400 without one); the change reads the version last, so
   * that a bad body is refused before the version is checked.
   */
  private <B> Response change(String id, String ifMatch, B request, Change<B> change) {
    CustomerId customerId = new CustomerId(id);
    IfMatch precondition = IfMatch.parse(ifMatch);
    B body = Bodies.required(request);
    return withEtag(
        change.apply(
            customerId, body, () -> precondition.expectedVersion(currentVersion(customerId))));
  }

  /** A change to a customer, given its id, the request's body and the version If-Match names. */
  @FunctionalInterface
  private interface Change<B> {
    CustomerView apply(CustomerId customerId, B body, LongSupplier expectedVersion);
  }

  private LongSupplier currentVersion(CustomerId customerId) {
    return () -> getCustomer.get(new GetCustomerQuery(customerId)).version();
  }

  private static Response withEtag(CustomerView view) {
    return Response.ok(CustomerResponse.from(view))
        .tag(new EntityTag(String.valueOf(view.version())))
        .build();
  }

  private static ParticipantId participantId(String value) {
    return blankToNull(value) == null ? null : new ParticipantId(value.strip());
  }

  private static ServiceProviderId serviceProviderId(String value) {
    return blankToNull(value) == null ? null : new ServiceProviderId(value.strip());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
