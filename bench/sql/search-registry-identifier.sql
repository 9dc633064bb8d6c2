-- pgbench script: the one statement JdbcRegistrySearch sends for the identifier search (rows and total of
-- the first page), as read from the server's statement log with its bound values. bench/run.sh
-- passes -D big=<bench tenant id> -D identifier=<an organization number> and one -D per "--@"
-- line below; with -M prepared every :variable is a bound parameter, as JDBC binds them.
-- Regenerate it (bench/statements-from-log.py) when the adapter's statement changes.
--@ p5=0
--@ p6=50
-- The adapter runs an exact, case-sensitive search with one plan for every value (see
-- SearchStatements.query): the session setting before the statement and its reset after it.
SET plan_cache_mode = force_generic_plan;
WITH hit AS (SELECT p.id, p.name FROM participant p WHERE p.name = :identifier UNION SELECT p.id, p.name FROM participant_identifier i JOIN participant p ON p.id = i.participant_id WHERE (i.normalized_value = :identifier OR (i.scheme = 'E_ADDRESS' AND i.normalized_value = :identifier)) UNION SELECT p.id, p.name FROM service_provider s JOIN participant_provider l ON l.service_provider_id = s.id JOIN participant p ON p.id = l.participant_id WHERE s.name = :identifier), t AS (SELECT COUNT(*) AS total FROM hit), pg AS (SELECT hit.id, hit.name FROM hit ORDER BY hit.name COLLATE "C", hit.id OFFSET :p5 ROWS FETCH NEXT :p6 ROWS ONLY) SELECT t.total, p.id, p.name, p.country, p.e_address, p.status, p.default_provider_id, (SELECT ARRAY_AGG(i.scheme ORDER BY i.position) FROM participant_identifier i WHERE i.participant_id = p.id AND i.position > 0), (SELECT ARRAY_AGG(i.normalized_value ORDER BY i.position) FROM participant_identifier i WHERE i.participant_id = p.id AND i.position > 0), (SELECT ARRAY_AGG(l.service_provider_id ORDER BY l.position) FROM participant_provider l WHERE l.participant_id = p.id), (SELECT ARRAY_AGG(s.name ORDER BY l.position) FROM participant_provider l JOIN service_provider s ON s.id = l.service_provider_id WHERE l.participant_id = p.id) FROM t LEFT JOIN pg ON TRUE LEFT JOIN participant p ON p.id = pg.id ORDER BY pg.name COLLATE "C", pg.id;
RESET plan_cache_mode;
