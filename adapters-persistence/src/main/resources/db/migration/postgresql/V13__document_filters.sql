-- The filters and orders of the stopped-documents list (API: GET /documents with reason,
-- customerNumber, receivedFrom/receivedTo, sort=-receivedAt by default), so that a tenant's page
-- and its counts per reason are read through an index rather than by sorting all its documents.
-- Kept equivalent to db/migration/h2/V13__*.sql.
CREATE INDEX document_by_received
    ON document (tenant_id, outcome, received_at DESC, document_id);
CREATE INDEX document_by_reason
    ON document (tenant_id, reason, received_at DESC, document_id) WHERE outcome = 'STOPPED';
CREATE INDEX document_by_customer_number
    ON document (tenant_id, customer_number, received_at DESC);
