-- The routing keys of stopped documents (stopped_document_key) went with their document through a
-- foreign key ON DELETE CASCADE. The key's check cost every key a batch copies: a probe of
-- document's primary key and a KEY SHARE lock of the document's row, which PostgreSQL writes into
-- the row and logs. A batch of 10,000 documents stops about a thousand, and copying their keys
-- took 28 ms in the server's statement log, against 12 ms without the check (psql, the same 1,148
-- keys after the same 10,000 documents, five runs each); the document rows themselves take about
-- 140 ms. bench/run.sh, measure 4, the same data and build, the key put back by hand for one run:
-- PostgreSQL's CPU per document routed 21.6 µs with it, 18.8 µs without it (51,882 and 53,663
-- documents/s; bench/RESULTS.md, 2026-12-05).
--
-- What the cascade did is kept by a statement-level trigger: after any DELETE on document, the keys
-- of the deleted rows are deleted in one statement, joined on the rows the statement removed. Only
-- the application writes keys, in the transaction that copies their documents (PostgresCopy,
-- JpaDocumentLog), so no key is written without its document. Updates never change a document's
-- tenant_id or document_id. A DELETE of 373,560 stopped documents with their keys took 2.1-3.5 s
-- this way, 4.3-4.5 s through the cascade (psql, rolled back). H2 keeps the foreign key
-- (db/migration/h2/V3__*.sql).
ALTER TABLE stopped_document_key DROP CONSTRAINT stopped_document_key_document;

CREATE FUNCTION stopped_document_keys_of_deleted_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM stopped_document_key k
     USING deleted_document d
     WHERE k.tenant_id = d.tenant_id AND k.document_id = d.document_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER document_deleted_with_its_keys
    AFTER DELETE ON document
    REFERENCING OLD TABLE AS deleted_document
    FOR EACH STATEMENT
    EXECUTE FUNCTION stopped_document_keys_of_deleted_documents();
