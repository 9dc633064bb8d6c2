package com.routebook.application.port.in.routing;

import com.routebook.application.port.DocumentFilter;
import com.routebook.domain.routing.DocumentId;
import com.routebook.domain.routing.RoutingDecision;
import java.util.List;

/**
 * Routes stopped documents again with the directory as it is now (editor). A document that is not
 * stopped is refused ({@code NOT_STOPPED}), an unknown one is not found ({@code
 * DOCUMENT_NOT_FOUND}).
 */
public interface ResendDocumentsUseCase {

  /** The most documents resent in one call, as many as one call routes. */
  int MAX_RESEND = RouteDocumentsUseCase.MAX_DOCUMENTS;

  /** The new decision for one stopped document. */
  RoutingDecision resend(DocumentId documentId);

  /** The new decisions, in the order given; nothing is resent when one id is bad. */
  List<RoutingDecision> resendAll(List<DocumentId> documentIds);

  /**
   * Resends every stopped document the filter matches (routed ones are left out whatever the filter
   * says); their new decisions by document id. More than {@link #MAX_RESEND} are refused whole
   * ({@code RESEND_TOO_MANY}).
   */
  List<RoutingDecision> resendFiltered(DocumentFilter filter);
}
