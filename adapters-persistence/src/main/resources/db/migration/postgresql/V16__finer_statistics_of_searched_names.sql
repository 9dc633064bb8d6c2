-- The prefix search of names (JdbcDirectorySearch, JdbcRegistrySearch) joins the participants whose
-- name starts with the pattern to the tenant's customers. PostgreSQL estimates how many names match
-- from the column's histogram: with the default 100 buckets over 1,000,000 participants, one
-- bucket holds 10,000 names, and one load of the bench data was estimated at 5,942 'Acme Paper%'
-- where there are 278. PostgreSQL then scanned every customer of the tenant (386 ms) instead of
-- probing the 278 by index (bench/RESULTS.md, 2026-12-04 04:16). With 1,000 buckets the estimate
-- was 100 and the plan probes by index. ANALYZE samples 300 rows per bucket: about a second for
-- such a table, at every analysis.
ALTER TABLE participant ALTER COLUMN name SET STATISTICS 1000;
ANALYZE participant;
