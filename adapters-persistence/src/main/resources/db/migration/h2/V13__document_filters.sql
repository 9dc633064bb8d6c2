-- The filters and orders of the stopped-documents list (API: GET /documents with reason,
-- customerNumber, receivedFrom/receivedTo, sort=-receivedAt by default). Kept equivalent to
-- db/migration/postgresql/V13__*.sql (H2 has no partial index: the reason index covers every row).
CREATE INDEX document_by_received
    ON document (tenant_id, outcome, received_at DESC, document_id);
CREATE INDEX document_by_reason
    ON document (tenant_id, reason, received_at DESC, document_id);
CREATE INDEX document_by_customer_number
    ON document (tenant_id, customer_number, received_at DESC);
