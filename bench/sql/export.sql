-- The one statement JdbcDirectoryExport sends PostgreSQL for GET /customers/export of the bench
-- tenant with no filter (any state, by name, names in English: the defaults), as COPY ... TO STDOUT.
-- bench/run.sh runs it with psql -v big=<bench tenant id>, its rows to /dev/null: the export's peer,
-- the database's own time for the same rows in the same order. JdbcDirectoryExportStatementTest
-- checks that the line below is the adapter's statement; change both together.
COPY (SELECT c.id, p.name, p.id, p.e_address, o.normalized_value, v.normalized_value, n.number, n.position, c.service_provider_id, c.state FROM customer c JOIN participant p ON p.id = c.participant_id LEFT JOIN participant_identifier o ON o.participant_id = p.id AND o.scheme = 'ORGANIZATION_NUMBER' LEFT JOIN participant_identifier v ON v.participant_id = p.id AND v.scheme = 'VAT' LEFT JOIN customer_number n ON n.tenant_id = c.tenant_id AND n.customer_id = c.id WHERE c.tenant_id = :'big' ORDER BY p.name COLLATE "en-x-icu", p.name COLLATE "C", c.id, o.position, v.position, n.position) TO STDOUT;
