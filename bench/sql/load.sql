-- Bulk load of the benchmark data into a schema Flyway made (the server's first start), by
-- generate_series. psql variables (set by bench/run.sh): big, other, small, large (tenant ids the
-- API created), rows (participants and customers of the big tenant), other_rows, resend_rows,
-- stopped (stopped documents of the large resend tenant).
--
-- Data:
--   20 service providers; `rows` participants (name from a 60-word vocabulary, Swedish
--   organization number with its Luhn check digit, E-address 0007:<number>, VAT SE<number>01,
--   one provider each and a second one for every tenth);
--   tenant "Bench Big": one customer per participant, customer number N<g> (every fifth also
--   ERP/<g>); every 50th inactive;
--   tenant "Bench Other": customers of participants 1..other_rows, the same numbers;
--   tenants "Bench Resend 10" and "Bench Resend 100k": customers of participants
--   1..resend_rows each; 10 and `stopped` stopped documents, 5 of which name N1 (the customer
--   the resend offer is measured on), the others unknown numbers.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';

-- Secondary indexes are dropped for the load and rebuilt after it as the migrations define them
-- (keys and unique constraints stay).
CREATE TEMP TABLE bench_index AS
  SELECT indexname, indexdef FROM pg_indexes i
  WHERE schemaname = 'public'
    AND tablename IN ('participant', 'participant_identifier', 'participant_provider', 'customer',
                      'customer_number', 'document', 'service_provider')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM bench_index LOOP EXECUTE 'DROP INDEX ' || quote_ident(r.indexname); END LOOP;
END $$;

-- The Luhn check digit that completes a 9-digit payload (as the domain's CheckDigits.luhn).
CREATE FUNCTION pg_temp.luhn(payload text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT (10 - sum(CASE WHEN (length(payload) - i) % 2 = 0
                        THEN (2 * substr(payload, i, 1)::int) / 10 + (2 * substr(payload, i, 1)::int) % 10
                        ELSE substr(payload, i, 1)::int END) % 10) % 10
  FROM generate_series(1, length(payload)) i
$$;

CREATE TEMP TABLE bench_org AS
  SELECT g, '5' || lpad(g::text, 8, '0') || pg_temp.luhn('5' || lpad(g::text, 8, '0')) AS org
  FROM generate_series(1, :rows) g;
ALTER TABLE bench_org ADD PRIMARY KEY (g);

INSERT INTO service_provider (id, name, version)
  SELECT 'sp-bench-' || lpad(g::text, 27, '0'), (ARRAY['Pagero','Crediflow','Basware','Tieto','Visma',
         'Unit4','InExchange','Comfact','Maventa','Logiq','Storecove','Banqup','Tradeshift',
         'Ecosio','Edicom','Qvalia','Fortnox','Billogram','Zervant','Procountor'])[g] || ' Bench', 1
  FROM generate_series(1, 20) g;

-- Names: two words of a 60-word vocabulary, a legal form and a serial, e.g. "Nordic Parts AB 1234".
INSERT INTO participant (id, name, country, e_address, default_provider_id, status, version)
  SELECT md5('p' || o.g)::uuid::text,
         v.w[1 + (o.g * 7) % 60] || ' ' || v.w[1 + (o.g / 60 * 13) % 60] || ' '
           || (ARRAY['AB','AS','Oy','ApS','GmbH'])[1 + o.g % 5] || ' ' || o.g,
         'SE',
         '0007:' || o.org,
         'sp-bench-' || lpad((1 + o.g % 20)::text, 27, '0'),
         CASE WHEN o.g % 100 = 0 THEN 'DEACTIVATED' ELSE 'ACTIVE' END,
         1
  FROM bench_org o,
       (SELECT ARRAY['Acme','Nordic','Partille','Bygg','Paper','Parts','Logistik','Trading',
         'Konsult','Data','Energi','Fastighet','Media','Transport','Service','Teknik','Handel',
         'Industri','Design','Bil','Bygg','Marin','Skog','Livs','Kemi','Stal','Glas','Textil',
         'Mobler','Elektro','Verkstad','Frakt','Hamn','Agro','Finans','Vard','Skola','Resor',
         'Hotell','Restaurang','Sport','Musik','Foto','Tryck','Reklam','Juridik','Revision',
         'Bemanning','Stad','Miljo','Vatten','Solar','Vind','Kraft','Nat','Kabel','Optik',
         'Medicin','Labb','Atlas'] AS w) v;

-- Identifiers, normalized: the E-address (position 0, key form), organization number, VAT number.
INSERT INTO participant_identifier (participant_id, position, scheme, normalized_value)
  SELECT md5('p' || o.g)::uuid::text, k,
         (ARRAY['E_ADDRESS','ORGANIZATION_NUMBER','VAT'])[k + 1],
         CASE k WHEN 0 THEN '0007:' || o.org WHEN 1 THEN o.org ELSE 'SE' || o.org || '01' END
  FROM bench_org o, generate_series(0, 2) k;

-- One provider each, a second one for every tenth participant.
INSERT INTO participant_provider (participant_id, position, service_provider_id)
  SELECT md5('p' || g)::uuid::text, 0, 'sp-bench-' || lpad((1 + g % 20)::text, 27, '0')
  FROM generate_series(1, :rows) g;
INSERT INTO participant_provider (participant_id, position, service_provider_id)
  SELECT md5('p' || g)::uuid::text, 1, 'sp-bench-' || lpad((1 + (g + 7) % 20)::text, 27, '0')
  FROM generate_series(10, :rows, 10) g;

-- Customers of the tenants: (tenant, how many participants from 1 on, id salt).
CREATE TEMP TABLE bench_tenant (tenant_id text, n int, salt text);
INSERT INTO bench_tenant VALUES (:'big', :rows, 'big'), (:'other', :other_rows, 'other'),
  (:'small', :resend_rows, 'small'), (:'large', :resend_rows, 'large');

INSERT INTO customer (id, tenant_id, participant_id, service_provider_id, state, version)
  SELECT md5(t.salt || g)::uuid::text, t.tenant_id, md5('p' || g)::uuid::text,
         'sp-bench-' || lpad((1 + g % 20)::text, 27, '0'),
         CASE WHEN g % 50 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END, 1
  FROM bench_tenant t, generate_series(1, t.n) g;
INSERT INTO customer_number (tenant_id, number, customer_id, position)
  SELECT t.tenant_id, 'N' || g, md5(t.salt || g)::uuid::text, 0
  FROM bench_tenant t, generate_series(1, t.n) g;
INSERT INTO customer_number (tenant_id, number, customer_id, position)
  SELECT t.tenant_id, 'ERP/' || g, md5(t.salt || g)::uuid::text, 1
  FROM bench_tenant t, generate_series(5, t.n, 5) g;

-- Stopped documents of the resend tenants: 5 name N1 (stopped before that customer existed),
-- the others numbers nobody has.
INSERT INTO document (tenant_id, document_id, customer_number, outcome, reason, message,
                      warnings, path, received_at, decided_at, version)
  SELECT t.tenant_id, 'STOPPED-' || lpad(g::text, 7, '0'), CASE WHEN g <= 5 THEN 'N1' ELSE 'UNKNOWN-' || g END,
         'STOPPED', 'NO_MATCH', 'No customer or participant matches the document.', '[]', '[]',
         now() - interval '1 day', now() - interval '1 day', 1
  FROM (VALUES (:'small', 10), (:'large', :stopped)) t (tenant_id, n), generate_series(1, t.n) g;
-- Their routing keys, as the document log keeps them (stopped_document_key, migration V3): the
-- customer number each carries. Without them the resend offer finds no candidate at all and
-- measure 6 proves nothing (the case in runs before this line was added).
INSERT INTO stopped_document_key (tenant_id, document_id, key_kind, key_value)
  SELECT tenant_id, document_id, 'CUSTOMER_NUMBER', customer_number FROM document
  WHERE tenant_id IN (:'small', :'large') AND outcome = 'STOPPED';

DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM bench_index LOOP EXECUTE r.indexdef; END LOOP;
END $$;
