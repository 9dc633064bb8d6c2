-- pgbench script: the one statement JdbcDirectorySearch sends for the customer-number search (rows and total of
-- the first page), as read from the server's statement log with its bound values. bench/run.sh
-- passes -D big=<bench tenant id> -D identifier=<an organization number> and one -D per "--@"
-- line below; with -M prepared every :variable is a bound parameter, as JDBC binds them.
-- Regenerate it (bench/statements-from-log.py) when the adapter's statement changes.
--@ p2=N424242
--@ p4=N424242
--@ p5=N424242
--@ p7=N424242
--@ p9=N424242
--@ p12=N424242
--@ p13=0
--@ p14=50
-- The adapter runs an exact, case-sensitive search with one plan for every value (see
-- SearchStatements.query): the session setting before the statement and its reset after it.
SET plan_cache_mode = force_generic_plan;
WITH hit AS (SELECT c.id, p.name FROM customer c JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = :big AND p.name = :p2 UNION SELECT c.id, p.name FROM participant_identifier i JOIN customer c ON c.participant_id = i.participant_id JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = :big AND (i.normalized_value = :p4 OR (i.scheme = 'E_ADDRESS' AND i.normalized_value = :p5)) UNION SELECT c.id, p.name FROM service_provider s JOIN customer c ON c.service_provider_id = s.id JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = :big AND s.name = :p7 AND EXISTS (SELECT 1 FROM participant_provider l WHERE l.participant_id = c.participant_id AND l.service_provider_id = c.service_provider_id) UNION SELECT c.id, p.name FROM service_provider s JOIN participant p ON p.default_provider_id = s.id JOIN customer c ON c.participant_id = p.id WHERE c.tenant_id = :big AND s.name = :p9 AND NOT EXISTS (SELECT 1 FROM participant_provider l WHERE l.participant_id = c.participant_id AND l.service_provider_id = c.service_provider_id) UNION SELECT c.id, p.name FROM customer_number n JOIN customer c ON c.id = n.customer_id AND c.tenant_id = n.tenant_id JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = :big AND n.tenant_id = :big AND n.number = :p12), t AS (SELECT COUNT(*) AS total FROM hit), pg AS (SELECT hit.id, hit.name FROM hit ORDER BY hit.name COLLATE "en-x-icu", hit.name COLLATE "C", hit.id OFFSET :p13 ROWS FETCH NEXT :p14 ROWS ONLY) SELECT t.total, c.id, p.name, p.id, p.e_address, p.status, c.state, c.version, (SELECT i.normalized_value FROM participant_identifier i WHERE i.participant_id = p.id AND i.scheme = 'ORGANIZATION_NUMBER' ORDER BY i.position FETCH FIRST 1 ROWS ONLY), (SELECT i.normalized_value FROM participant_identifier i WHERE i.participant_id = p.id AND i.scheme = 'VAT' ORDER BY i.position FETCH FIRST 1 ROWS ONLY), (SELECT ARRAY_AGG(n.number ORDER BY n.position) FROM customer_number n WHERE n.tenant_id = c.tenant_id AND n.customer_id = c.id), COALESCE(csp.id, dsp.id), COALESCE(csp.name, dsp.name) FROM t LEFT JOIN pg ON TRUE LEFT JOIN customer c ON c.id = pg.id AND c.tenant_id = :big LEFT JOIN participant p ON p.id = c.participant_id LEFT JOIN service_provider dsp ON dsp.id = p.default_provider_id LEFT JOIN participant_provider pp ON pp.participant_id = c.participant_id AND pp.service_provider_id = c.service_provider_id LEFT JOIN service_provider csp ON csp.id = pp.service_provider_id ORDER BY pg.name COLLATE "en-x-icu", pg.name COLLATE "C", pg.id;
RESET plan_cache_mode;
