package com.routebook.adapter.rest.routing;

import com.routebook.adapter.rest.common.Bodies;
import com.routebook.adapter.rest.common.DecisionResponse;
import com.routebook.adapter.rest.common.PageParams;
import com.routebook.adapter.rest.problem.ApiTexts;
import com.routebook.adapter.rest.problem.Problem;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.application.port.DocumentFilter;
import com.routebook.application.port.DocumentSort;
import com.routebook.application.port.PageRequest;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

  /** Code of a delete that names neither documents nor a filter, or bad document ids. */
  static final String INVALID_DELETE = "INVALID_DELETE";

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
  @Operation(
      summary = "List documents with their last decision",
      description =
          "Filtered by status, reason, q (a * pattern over the document id and every reference as"
              + " sent), receivedFrom (inclusive), receivedTo (exclusive; a date includes that"
              + " day) and customerNumber; newest first by default. counts: the stopped documents"
              + " of the whole filter per reason.")
  @APIResponse(
      responseCode = "200",
      description = "a page of documents",
      content = @Content(schema = @Schema(implementation = DocumentPage.class)))
  @APIResponse(
      responseCode = "422",
      description = "bad parameter (INVALID_PARAMETER, INVALID_PAGE, INVALID_SEARCH)",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DocumentPage list(
      @Parameter(schema = @Schema(enumeration = {"STOPPED", "ROUTED"})) @QueryParam("status")
          String status,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {
                        "NO_MATCH",
                        "CUSTOMER_INACTIVE",
                        "RECIPIENT_NON_EXISTING",
                        "AMBIGUOUS_RECIPIENT"
                      }))
          @QueryParam("reason")
          String reason,
      @Parameter(description = "a * pattern over the document id and every reference as sent")
          @QueryParam("q")
          String q,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("caseSensitive")
          String caseSensitive,
      @Parameter(description = "ISO-8601 time or date, inclusive") @QueryParam("receivedFrom")
          String receivedFrom,
      @Parameter(description = "ISO-8601 time (exclusive) or date (that day included)")
          @QueryParam("receivedTo")
          String receivedTo,
      @QueryParam("customerNumber") String customerNumber,
      @Parameter(
              schema =
                  @Schema(
                      enumeration = {"-receivedAt", "receivedAt", "documentId"},
                      defaultValue = "-receivedAt"))
          @QueryParam("sort")
          String sort,
      @BeanParam PageParams paging) {
    DocumentFilter filter =
        DocumentFilters.of(
            "", status, reason, q, caseSensitive, receivedFrom, receivedTo, customerNumber);
    DocumentSort order = DocumentFilters.sort(sort);
    PageRequest pageRequest = paging.request();
    return DocumentPage.from(
        listDocuments.list(new ListDocumentsQuery(filter, order, pageRequest)),
        listDocuments.countByReason(filter));
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
          "By documentIds (nothing is resent when one is bad), by customerId (all the stopped"
              + " documents that customer now matches), or by filter (every stopped document the"
              + " filter of GET /documents matches, at most 10,000).")
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
      description =
          "INVALID_RESEND: give one of documentIds, customerId and filter, 1 to 10,000"
              + " documentIds; RESEND_TOO_MANY: the filter matches more than 10,000 stopped"
              + " documents; INVALID_PARAMETER or INVALID_SEARCH: a bad part of the filter",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DecisionsResponse resendAll(ResendRequest request) {
    ResendRequest body = Bodies.required(request);
    boolean byIds = body.documentIds() != null;
    boolean byCustomer = body.customerId() != null && !body.customerId().isBlank();
    boolean byFilter = body.filter() != null;
    if ((byIds ? 1 : 0) + (byCustomer ? 1 : 0) + (byFilter ? 1 : 0) != 1) {
      throw ProblemException.invalid(
          INVALID_RESEND, ApiTexts.fieldError("documentIds", "resendOne"));
    }
    if (byCustomer) {
      return DecisionsResponse.from(
          resendCustomerDocuments.resendMatching(new CustomerId(body.customerId().strip())));
    }
    if (byFilter) {
      return DecisionsResponse.from(
          resendDocuments.resendFiltered(DocumentFilters.of(body.filter())));
    }
    return DecisionsResponse.from(
        resendDocuments.resendAll(documentIds(body.documentIds(), INVALID_RESEND, "resendCount")));
  }

  @POST
  @Path("delete")
  @Operation(
      summary = "Delete stopped documents together (editor)",
      description =
          "By documentIds (nothing is deleted when one is unknown or routed), or by filter (every"
              + " stopped document the filter of GET /documents matches; routed ones stay).")
  @APIResponse(
      responseCode = "200",
      description = "how many were deleted",
      content = @Content(schema = @Schema(implementation = DeletedResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "DOCUMENT_NOT_FOUND",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "NOT_STOPPED: one of the documents was routed",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "INVALID_DELETE: give documentIds (1 to 10,000) or filter, not both; INVALID_PARAMETER"
              + " or INVALID_SEARCH: a bad part of the filter",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
  public DeletedResponse deleteAll(DeleteRequest request) {
    DeleteRequest body = Bodies.required(request);
    boolean byIds = body.documentIds() != null;
    boolean byFilter = body.filter() != null;
    if (byIds == byFilter) {
      throw ProblemException.invalid(
          INVALID_DELETE, ApiTexts.fieldError("documentIds", "deleteOne"));
    }
    if (byFilter) {
      return new DeletedResponse(deleteDocument.deleteFiltered(DocumentFilters.of(body.filter())));
    }
    return new DeletedResponse(
        deleteDocument.deleteAll(documentIds(body.documentIds(), INVALID_DELETE, "deleteCount")));
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

  private static List<DocumentId> documentIds(List<String> ids, String code, String countKey) {
    if (ids.isEmpty() || ids.size() > RouteDocumentsUseCase.MAX_DOCUMENTS) {
      throw ProblemException.invalid(
          code,
          ApiTexts.fieldError(
              "documentIds", countKey, RouteDocumentsUseCase.MAX_DOCUMENTS, ids.size()));
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
      throw ProblemException.invalid(code, errors);
    }
    return documentIds;
  }
}
