-- The export's read model (search.JdbcDirectoryExport): one row per customer with everything an
-- export line shows, kept by the triggers below inside the transaction that writes the directory,
-- and read in a covering index's order (index-only scan) instead of joining five tables and
-- sorting a million names in a collation for every export.
--
-- Columns: those of customer (participant_id, service_provider_id, state), of participant (name,
-- e_address), of participant_identifier (the first organization number and VAT number by
-- position) and of customer_number (the numbers in order). numbers is NULL when the numbers are
-- longer than 512 bytes together (up to 50 of 35 characters): the index row would then pass
-- B-tree's limit of about 2,700 bytes, so the export reads those few customers' numbers from
-- customer_number. An empty list is '{}'.
CREATE TABLE directory_entry (
    tenant_id            varchar(64)  NOT NULL,
    customer_id          varchar(36)  NOT NULL,
    participant_id       varchar(36)  NOT NULL,
    name                 varchar(200) NOT NULL,
    e_address            varchar(140) NOT NULL,
    organization_number  varchar(140),
    vat_number           varchar(140),
    numbers              varchar(35)[],
    service_provider_id  varchar(36)  NOT NULL,
    state                varchar(10)  NOT NULL,
    CONSTRAINT directory_entry_pk PRIMARY KEY (tenant_id, customer_id)
);
-- Renames and identifier changes find the entries of a participant.
CREATE INDEX directory_entry_participant ON directory_entry (participant_id);
-- Code point order (no language): the export's ORDER BY name COLLATE "C", customer_id.
CREATE INDEX directory_entry_order_c ON directory_entry (tenant_id, name COLLATE "C", customer_id)
    INCLUDE (participant_id, e_address, organization_number, vat_number, numbers, service_provider_id, state);
-- The product's languages, when this PostgreSQL has their ICU collations (else names are ordered
-- by code point or the root collation, without an index): ORDER BY name COLLATE "<lang>-x-icu",
-- name COLLATE "C", customer_id.
DO $$
DECLARE
  language text;
BEGIN
  FOREACH language IN ARRAY ARRAY['en', 'sv'] LOOP
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = language || '-x-icu') THEN
      EXECUTE format('CREATE INDEX %I ON directory_entry (tenant_id, name COLLATE %I,'
                     ' name COLLATE "C", customer_id) INCLUDE (participant_id, e_address,'
                     ' organization_number, vat_number, numbers, service_provider_id, state)',
                     'directory_entry_order_' || language, language || '-x-icu');
    END IF;
  END LOOP;
END $$;

-- How the triggers stay right between concurrent transactions (READ COMMITTED):
--  * each trigger writes only the columns its table owns, so two transactions writing different
--    tables (a rename and a state change of the same customer) never overwrite each other's
--    column with a value read from an older snapshot;
--  * values are taken from the trigger's own transition table where this transaction holds the
--    row's lock (customer, participant), so they are the newest ones;
--  * where a value is read from another table (the new customer's participant and identifiers,
--    the identifiers after an identifier change, the numbers after a number change), the rows it
--    depends on are locked first and read by the next statement, which takes a new snapshot:
--    a new customer's participant FOR SHARE, so that a rename running at the same time either
--    waits for the insert (and then its own trigger finds the new entry) or has committed before
--    it (and the insert reads the new name); an identifier change locks its participants FOR NO
--    KEY UPDATE (conflicts with that FOR SHARE, not with foreign keys' FOR KEY SHARE), and a
--    number change locks its entries, so that two such changes of the same participant or
--    customer run one after the other and the second reads what the first committed.
-- The statements are EXECUTEd, so each is planned for its transition table's size (a row of the
-- screens, 5,000 of an import's chunk, a million of one COPY) and never from a plan cached for
-- another size. The trigger functions plan with random_page_cost 1.1 (the directory's tables and
-- indexes are in memory): with the default 4 a chunk of 5,000 customers read all 1,000,000
-- participants (hash join) twice instead of probing their key, and with jit off: compiling the
-- plan of each chunk's statements cost more than running them. Both measured with the benchmark's
-- import (a COPY of 5,000 customers and its trigger took 1.6 s, the import 2,000 rows/s).

-- The first organization number and VAT number (by position) of the participants in keys (id).
CREATE FUNCTION routebook_first_identifiers_sql(keys text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'SELECT k.id,'
      || ' (array_agg(i.normalized_value ORDER BY i.position)'
      || ' FILTER (WHERE i.scheme = ''ORGANIZATION_NUMBER''))[1] AS organization_number,'
      || ' (array_agg(i.normalized_value ORDER BY i.position)'
      || ' FILTER (WHERE i.scheme = ''VAT''))[1] AS vat_number'
      || ' FROM (' || keys || ') k LEFT JOIN participant_identifier i ON i.participant_id = k.id'
      || ' AND i.scheme IN (''ORGANIZATION_NUMBER'', ''VAT'') GROUP BY k.id'
$$;

-- The numbers (NULL past 512 bytes, see above) of the customers in keys (tenant_id, customer_id).
CREATE FUNCTION routebook_customer_numbers_sql(keys text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'SELECT k.tenant_id, k.customer_id,'
      || ' CASE WHEN COALESCE(SUM(octet_length(n.number) + 4), 0) > 512 THEN NULL'
      || ' ELSE COALESCE(array_agg(n.number ORDER BY n.position)'
      || ' FILTER (WHERE n.number IS NOT NULL), ''{}'') END AS numbers'
      || ' FROM (' || keys || ') k LEFT JOIN customer_number n'
      || ' ON n.tenant_id = k.tenant_id AND n.customer_id = k.customer_id'
      || ' GROUP BY k.tenant_id, k.customer_id'
$$;

-- The entries of the customers (rows of customer's columns), made from the tables: the backfill
-- below and bench/sql/load.sql (with_numbers), and new customers (none has numbers yet: a number
-- refers to its customer, so a new customer's are added by a later statement and its trigger).
-- Returned as text, for the trigger to EXECUTE: transition tables are visible to the trigger's
-- function only, not to a function it calls.
CREATE FUNCTION routebook_directory_entry_insert_sql(customers text, with_numbers boolean)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'INSERT INTO directory_entry (tenant_id, customer_id, participant_id, name, e_address,'
       || ' organization_number, vat_number, numbers, service_provider_id, state)'
       || ' SELECT c.tenant_id, c.id, c.participant_id, p.name, p.e_address,'
       || ' i.organization_number, i.vat_number,'
       || CASE WHEN with_numbers THEN ' n.numbers,' ELSE ' ''{}'',' END
       || ' c.service_provider_id, c.state'
       || ' FROM (' || customers || ') c JOIN participant p ON p.id = c.participant_id'
       || ' LEFT JOIN (' || routebook_first_identifiers_sql(
            'SELECT DISTINCT participant_id AS id FROM (' || customers || ') c') || ') i'
       || ' ON i.id = c.participant_id'
       || CASE WHEN with_numbers THEN
            ' LEFT JOIN (' || routebook_customer_numbers_sql(
              'SELECT tenant_id, id AS customer_id FROM (' || customers || ') c') || ') n'
            || ' ON n.tenant_id = c.tenant_id AND n.customer_id = c.id'
          ELSE '' END
$$;

-- customer: insert (a new entry), update (its own columns; a new participant's columns too),
-- delete, truncate.
CREATE FUNCTION routebook_directory_entry_of_customer() RETURNS trigger LANGUAGE plpgsql
    SET jit = off SET random_page_cost = 1.1 AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM participant p WHERE p.id IN'
         || ' (SELECT participant_id FROM changed) ORDER BY p.id FOR SHARE) l';
    EXECUTE routebook_directory_entry_insert_sql('SELECT * FROM changed', false);
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE 'UPDATE directory_entry d SET participant_id = c.participant_id,'
         || ' service_provider_id = c.service_provider_id, state = c.state'
         || ' FROM changed c WHERE d.tenant_id = c.tenant_id AND d.customer_id = c.id'
         || ' AND (d.participant_id, d.service_provider_id, d.state)'
         || ' IS DISTINCT FROM (c.participant_id, c.service_provider_id, c.state)';
    -- a customer moved to another participant (not done by the product today): its columns too
    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM participant p WHERE p.id IN'
         || ' (SELECT c.participant_id FROM changed c JOIN replaced o ON o.id = c.id'
         || ' WHERE o.participant_id <> c.participant_id) ORDER BY p.id FOR SHARE) l';
    EXECUTE 'UPDATE directory_entry d SET name = p.name, e_address = p.e_address,'
         || ' organization_number = i.organization_number, vat_number = i.vat_number'
         || ' FROM changed c JOIN replaced o ON o.id = c.id AND o.participant_id <> c.participant_id'
         || ' JOIN participant p ON p.id = c.participant_id'
         || ' JOIN (' || routebook_first_identifiers_sql(
              'SELECT c.participant_id AS id FROM changed c JOIN replaced o ON o.id = c.id'
              || ' WHERE o.participant_id <> c.participant_id') || ') i ON i.id = c.participant_id'
         || ' WHERE d.tenant_id = c.tenant_id AND d.customer_id = c.id';
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE 'DELETE FROM directory_entry d USING changed c'
         || ' WHERE d.tenant_id = c.tenant_id AND d.customer_id = c.id';
  ELSE
    TRUNCATE directory_entry;
  END IF;
  RETURN NULL;
END $$;

-- customer_number: the numbers of the customers whose numbers changed, read again.
CREATE FUNCTION routebook_directory_entry_of_numbers() RETURNS trigger LANGUAGE plpgsql
    SET jit = off SET random_page_cost = 1.1 AS $$
DECLARE
  keys text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE directory_entry SET numbers = '{}' WHERE numbers IS DISTINCT FROM '{}';
    RETURN NULL;
  END IF;
  keys := CASE TG_OP
    WHEN 'UPDATE' THEN 'SELECT tenant_id, customer_id FROM changed'
                    || ' UNION SELECT tenant_id, customer_id FROM replaced'
    ELSE 'SELECT DISTINCT tenant_id, customer_id FROM changed' END;
  -- (entries this transaction made, e.g. of the customers an import just added, need no lock)
  EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM directory_entry d WHERE (d.tenant_id, d.customer_id)'
       || ' IN (' || keys || ') AND d.xmin::text <> (pg_current_xact_id()::text::bigint'
       || ' % 4294967296)::text ORDER BY d.tenant_id, d.customer_id FOR NO KEY UPDATE) l';
  EXECUTE 'UPDATE directory_entry d SET numbers = n.numbers FROM ('
       || routebook_customer_numbers_sql(keys) || ') n'
       || ' WHERE d.tenant_id = n.tenant_id AND d.customer_id = n.customer_id'
       || ' AND d.numbers IS DISTINCT FROM n.numbers';
  RETURN NULL;
END $$;

-- participant: the registry renames or gives a new E-address; the new values are this
-- transaction's (it holds the rows' locks).
CREATE FUNCTION routebook_directory_entry_of_participant() RETURNS trigger LANGUAGE plpgsql
    SET jit = off SET random_page_cost = 1.1 AS $$
BEGIN
  EXECUTE 'UPDATE directory_entry d SET name = p.name, e_address = p.e_address'
       || ' FROM changed p JOIN replaced o ON o.id = p.id'
       || ' WHERE (p.name, p.e_address) IS DISTINCT FROM (o.name, o.e_address)'
       || ' AND d.participant_id = p.id';
  RETURN NULL;
END $$;

-- participant_identifier: the first organization and VAT numbers of the participants whose
-- identifiers changed, read again.
CREATE FUNCTION routebook_directory_entry_of_identifiers() RETURNS trigger LANGUAGE plpgsql
    SET jit = off SET random_page_cost = 1.1 AS $$
DECLARE
  keys text;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE directory_entry SET organization_number = NULL, vat_number = NULL
      WHERE organization_number IS NOT NULL OR vat_number IS NOT NULL;
    RETURN NULL;
  END IF;
  keys := CASE TG_OP
    WHEN 'UPDATE' THEN 'SELECT participant_id AS id FROM changed'
                    || ' UNION SELECT participant_id FROM replaced'
    ELSE 'SELECT DISTINCT participant_id AS id FROM changed' END;
  -- every changed participant is locked, also those without an entry yet: a customer being
  -- added in a concurrent transaction has an entry this one cannot see
  EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM participant p WHERE p.id IN (' || keys || ')'
       || ' ORDER BY p.id FOR NO KEY UPDATE) l';
  EXECUTE 'UPDATE directory_entry d SET organization_number = i.organization_number,'
       || ' vat_number = i.vat_number FROM (' || routebook_first_identifiers_sql(keys) || ') i'
       || ' WHERE d.participant_id = i.id AND (d.organization_number, d.vat_number)'
       || ' IS DISTINCT FROM (i.organization_number, i.vat_number)';
  RETURN NULL;
END $$;

CREATE TRIGGER directory_entry_customer_inserted AFTER INSERT ON customer
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_customer();
CREATE TRIGGER directory_entry_customer_updated AFTER UPDATE ON customer
  REFERENCING NEW TABLE AS changed OLD TABLE AS replaced FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_customer();
CREATE TRIGGER directory_entry_customer_deleted AFTER DELETE ON customer
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_customer();
CREATE TRIGGER directory_entry_customer_truncated AFTER TRUNCATE ON customer
  FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_entry_of_customer();

CREATE TRIGGER directory_entry_numbers_inserted AFTER INSERT ON customer_number
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_numbers();
CREATE TRIGGER directory_entry_numbers_updated AFTER UPDATE ON customer_number
  REFERENCING NEW TABLE AS changed OLD TABLE AS replaced FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_numbers();
CREATE TRIGGER directory_entry_numbers_deleted AFTER DELETE ON customer_number
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_numbers();
CREATE TRIGGER directory_entry_numbers_truncated AFTER TRUNCATE ON customer_number
  FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_entry_of_numbers();

CREATE TRIGGER directory_entry_participant_updated AFTER UPDATE ON participant
  REFERENCING NEW TABLE AS changed OLD TABLE AS replaced FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_participant();

CREATE TRIGGER directory_entry_identifiers_inserted AFTER INSERT ON participant_identifier
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_identifiers();
CREATE TRIGGER directory_entry_identifiers_updated AFTER UPDATE ON participant_identifier
  REFERENCING NEW TABLE AS changed OLD TABLE AS replaced FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_identifiers();
CREATE TRIGGER directory_entry_identifiers_deleted AFTER DELETE ON participant_identifier
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION routebook_directory_entry_of_identifiers();
CREATE TRIGGER directory_entry_identifiers_truncated AFTER TRUNCATE ON participant_identifier
  FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_entry_of_identifiers();

-- The directories as they are now.
DO $$ BEGIN EXECUTE routebook_directory_entry_insert_sql('SELECT * FROM customer', true); END $$;
ANALYZE directory_entry;
