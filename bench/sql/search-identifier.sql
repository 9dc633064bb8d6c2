-- pgbench script: the statements JpaCustomerDirectory.search issues today for the identifier search
-- (the provider match, then the page of hits with its total), copied from the server's statement
-- log. bench/run.sh passes -D big=<bench tenant id> -D identifier=<an organization number>; with
-- -M prepared every :variable is a bound parameter, as JDBC binds them. The follow-up loads of
-- the page's customers and participants (by id lists) are not included. Swap these statements
-- when the adapter's change.
SELECT s.id FROM service_provider s WHERE s.name = :identifier;
WITH hit AS (SELECT c.id, p.name FROM customer c JOIN participant p ON p.id = c.participant_id
  WHERE c.tenant_id = :big AND p.name = :identifier
  UNION SELECT c.id, p.name FROM participant_identifier i
    JOIN customer c ON c.participant_id = i.participant_id JOIN participant p ON p.id = c.participant_id
    WHERE c.tenant_id = :big AND (i.normalized_value = :identifier OR (i.scheme = 'E_ADDRESS' AND i.normalized_value = :identifier))
  UNION SELECT c.id, p.name FROM customer_number n
    JOIN customer c ON c.id = n.customer_id AND c.tenant_id = n.tenant_id JOIN participant p ON p.id = c.participant_id
    WHERE c.tenant_id = :big AND n.tenant_id = :big AND n.number = :identifier)
SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY hit.name COLLATE "C", hit.id
OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY;
