package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.adapter.rest.common.QueryParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.in.routing.DeleteStoppedDocumentUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase;
import com.routebook.application.port.in.routing.ListDocumentsUseCase.ListDocumentsQuery;
import com.routebook.application.port.in.routing.ResendCustomerDocumentsUseCase;
import com.routebook.application.port.in.routing.ResendDocumentsUseCase;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase;
import com.routebook.application.port.in.routing.RouteDocumentsUseCase.RouteDocumentsCommand;
import com.routebook.domain.ValidationException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's documents: route many in one call, list them, resend or delete stopped ones. */
@Path("documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing and documents")
public class DocumentResource {

  /** Code of a resend that names neither documents nor a customer, or bad document ids. */
  static final String INVALID_RESEND = "INVALID_RESEND";

  private static final String PROBLEM = Problem.MEDIA_TYPE;

  @Inject RouteDocumentsUseCase routeDocuments;
  @Inject ListDocumentsUseCase listDocuments;
  @Inject ResendDocumentsUseCase resendDocuments;
  @Inject ResendCustomerDocumentsUseCase resendCustomerDocuments;
  @Inject DeleteStoppedDocumentUseCase deleteDocument;

  @POST
  @Operation(
      summary = "Route 1 to 10,000 documents (editor)",
      description =
          "One decision per document, in the same order, the same as routing each alone;"
              + " stopped documents are kept for resending.")
  @APIResponse(
      responseCode = "200",
      description = "the decisions",
      content = @Content(schema = @Schema(implementation = DecisionsResponse.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "INVALID_DOCUMENTS: none, more than 10,000, or bad items (one error per item, e.g."
              + " documents[3].documentId); a document id sent twice is kept once, with its last"
              + " reference",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DecisionsResponse route(RouteDocumentsRequest request) {
    RouteDocumentsRequest body = Bodies.required(request);
    return DecisionsResponse.from(
        routeDocuments.route(
            new RouteDocumentsCommand(DocumentReferences.parse(body.documents()))));
  }

  @GET
  @Operation(summary = "List documents with their last decision")
  @APIResponse(
      responseCode = "200",
      description = "a page of documents",
      content = @Content(schema = @Schema(implementation = DocumentPage.class)))
  @APIResponse(
      responseCode = "422",
      description = "bad parameter (INVALID_PARAMETER, INVALID_PAGE)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DocumentPage list(
      @Parameter(schema = @Schema(enumeration = {"STOPPED", "ROUTED"})) @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
          @QueryParam("page")
          String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", maximum = "500"))
          @QueryParam("size")
          String size) {
    return DocumentPage.from(
        listDocuments.list(
            new ListDocumentsQuery(
                QueryParams.enumValue("status", status, Outcome.class),
                QueryParams.page(page, size))));
  }

  @POST
  @Path("{id}/resend")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Resend a stopped document with the directory as it is now (editor)")
  @APIResponse(
      responseCode = "200",
      description = "the new decision",
      content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "DOCUMENT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "NOT_STOPPED: the document was routed",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DecisionResponse resend(@PathParam("id") String id) {
    return DecisionResponse.from(resendDocuments.resend(new DocumentId(id)));
  }

  @POST
  @Path("resend")
  @Operation(
      summary = "Resend stopped documents together (editor)",
      description =
          "By documentIds (nothing is resent when one is bad), or by customerId: all the stopped"
              + " documents that customer now matches.")
  @APIResponse(
      responseCode = "200",
      description = "the new decisions",
      content = @Content(schema = @Schema(implementation = DecisionsResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "DOCUMENT_NOT_FOUND or CUSTOMER_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "NOT_STOPPED: one of the documents was routed",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "INVALID_RESEND: give documentIds or customerId",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DecisionsResponse resendAll(ResendRequest request) {
    ResendRequest body = Bodies.required(request);
    boolean byIds = body.documentIds() != null;
    boolean byCustomer = body.customerId() != null && !body.customerId().isBlank();
    if (byIds == byCustomer) {
      throw ProblemException.invalid(
          INVALID_RESEND, ApiTexts.fieldError("documentIds", "resendEither"));
    }
    if (byCustomer) {
      return DecisionsResponse.from(
          resendCustomerDocuments.resendMatching(new CustomerId(body.customerId().strip())));
    }
    return DecisionsResponse.from(resendDocuments.resendAll(documentIds(body.documentIds())));
  }

  @DELETE
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Delete a stopped document (editor)")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(
      responseCode = "404",
      description = "DOCUMENT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "NOT_STOPPED: routed documents are kept",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public Response delete(@PathParam("id") String id) {
    deleteDocument.delete(new DocumentId(id));
    return Response.noContent().build();
  }

  private static List<DocumentId> documentIds(List<String> ids) {
    if (ids.isEmpty() || ids.size() > RouteDocumentsUseCase.MAX_DOCUMENTS) {
      throw ProblemException.invalid(
          INVALID_RESEND,
          ApiTexts.fieldError(
              "documentIds", "resendCount", RouteDocumentsUseCase.MAX_DOCUMENTS, ids.size()));
    }
    List<DocumentId> documentIds = new ArrayList<>();
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      try {
        documentIds.add(new DocumentId(ids.get(i)));
      } catch (ValidationException e) {
        errors.add(
            new Problem.FieldError(
                "documentIds[" + i + "]", ApiTexts.ENGLISH.message(e.violations().get(0))));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(INVALID_RESEND, errors);
    }
    return documentIds;
  }
}
