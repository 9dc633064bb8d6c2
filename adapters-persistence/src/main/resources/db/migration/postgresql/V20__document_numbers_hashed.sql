-- The document log's filter by customer number (GET /documents?customerNumber=, the stopped
-- documents screen) read document_by_customer_number (tenant_id, customer_number, received_at DESC),
-- a B-tree whose entries go wherever the numbers fall: every batch of 10,000 documents put 10,000
-- entries on as many random pages. Measured on the bench's tenant of 2,240,000 documents (psql,
-- 10,000 routed rows INSERT ... SELECT, rolled back, 12 runs each): 155 ms a batch with every index,
-- 96 ms without that one, 26 ms without any; it was the costliest of the table's indexes by far.
--
-- Now the filter reads a hash index of the number, one bucket page per entry and no key compared
-- but its hash; its matches of other tenants are dropped by the tenant's condition, and a number's
-- documents are sorted by time for each page (0.14 ms for a page of a number with two documents,
-- EXPLAIN ANALYZE; a number with thousands of documents is read and sorted whole for each page).
-- The stopped documents keep the ordered B-tree, which lets a number with many stopped documents
-- be paged newest first without sorting them all; it holds the stopped ones only.
-- bench/run.sh, measure 4, the same data, 20 s of batches each: PostgreSQL's CPU per document
-- routed 26.4 µs before, 23.6-25.6 µs after, and 39,082-41,435 documents/s against 37,079
-- (bench/RESULTS.md, 2026-12-04 20:20).
-- H2 keeps its B-tree (db/migration/h2/V13__*.sql).
DROP INDEX IF EXISTS document_by_customer_number;
CREATE INDEX IF NOT EXISTS document_by_customer_number_stopped
    ON document (tenant_id, customer_number, received_at DESC) WHERE outcome = 'STOPPED';
CREATE INDEX IF NOT EXISTS document_by_customer_number_hash ON document USING hash (customer_number);
