#!/usr/bin/env bash
# Loads 1,000,000 participants and 1,000,000 customers into a PostgreSQL database with the
# adapter's own Flyway scripts, then prints, for each query shape the adapter issues, the query
# plan (EXPLAIN ANALYZE) and the median and 95th percentile over repeated runs.
#
# Not a test: it takes minutes and wipes the database it is given. Run it against a database of
# its own, e.g.
#   su postgres -c "createdb -O routebook routebook_bench"
#   adapters-persistence/bench/benchmark.sh
# Environment: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGDATABASE (routebook_bench),
# BENCH_PGUSER (routebook), BENCH_PGPASSWORD (routebook), BENCH_ROWS (1000000), BENCH_RUNS (50),
# BENCH_SKIP_LOAD=true to re-run the queries on data already loaded.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../src/main/resources/db/migration/postgresql"

export PGHOST=${BENCH_PGHOST:-127.0.0.1} PGPORT=${BENCH_PGPORT:-5432}
export PGDATABASE=${BENCH_PGDATABASE:-routebook_bench} PGUSER=${BENCH_PGUSER:-routebook}
export PGPASSWORD=${BENCH_PGPASSWORD:-routebook}
rows=${BENCH_ROWS:-1000000}
runs=${BENCH_RUNS:-50}

psql_q() { psql -X -v ON_ERROR_STOP=1 -q "$@"; }
log() { printf '\n== %s\n' "$*"; }

if [[ "${BENCH_SKIP_LOAD:-false}" != true ]]; then
  log "Schema: the adapter's Flyway scripts for PostgreSQL (database $PGDATABASE is wiped)"
  psql_q -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
  for script in $(ls "$migrations"/V*__*.sql | sort -V); do
    echo "   $(basename "$script")"
    psql_q -f "$script"
  done

  log "Loading $rows participants and $rows customers"
  start=$(date +%s)
  psql_q <<SQL
SET maintenance_work_mem = '512MB';
-- Secondary indexes are dropped for the load and rebuilt after it, exactly as the scripts define
-- them (keys and unique constraints stay).
CREATE TEMP TABLE bench_index AS
  SELECT indexname, indexdef FROM pg_indexes i
  WHERE schemaname = 'public'
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM bench_index LOOP EXECUTE 'DROP INDEX ' || quote_ident(r.indexname); END LOOP;
END \$\$;

INSERT INTO tenant (id, name, created_at) VALUES
  ('bbbbbbbb-0000-4000-8000-000000000001', 'Bench Big', now()),
  ('bbbbbbbb-0000-4000-8000-000000000002', 'Bench Other', now());

INSERT INTO service_provider (id, name, version)
  SELECT 'sp-' || lpad(g::text, 33, '0'), (ARRAY['Pagero','Crediflow','Basware','Tieto','Visma',
         'Unit4','InExchange','Comfact','Maventa','Logiq','Storecove','Banqup','Tradeshift',
         'Ecosio','Edicom','Qvalia','Fortnox','Billogram','Zervant','Procountor'])[g], 1
  FROM generate_series(1, 20) g;

-- Names: two words of a 60-word vocabulary, a legal form and a serial, e.g. "Nordic Parts AB 1234".
INSERT INTO participant (id, name, country, e_address, default_provider_id, status, version)
  SELECT md5('p' || g)::uuid::text,
         v.w[1 + (g * 7) % 60] || ' ' || v.w[1 + (g / 60 * 13) % 60] || ' '
           || (ARRAY['AB','AS','Oy','ApS','GmbH'])[1 + g % 5] || ' ' || g,
         'SE',
         '0007:55' || lpad(g::text, 8, '0'),
         'sp-' || lpad((1 + g % 20)::text, 33, '0'),
         CASE WHEN g % 100 = 0 THEN 'DEACTIVATED' ELSE 'ACTIVE' END,
         1
  FROM generate_series(1, $rows) g,
       (SELECT ARRAY['Acme','Nordic','Partille','Bygg','Paper','Parts','Logistik','Trading',
         'Konsult','Data','Energi','Fastighet','Media','Transport','Service','Teknik','Handel',
         'Industri','Design','Bil','Bygg','Marin','Skog','Livs','Kemi','Stal','Glas','Textil',
         'Mobler','Elektro','Verkstad','Frakt','Hamn','Agro','Finans','Vard','Skola','Resor',
         'Hotell','Restaurang','Sport','Musik','Foto','Tryck','Reklam','Juridik','Revision',
         'Bemanning','Stad','Miljo','Vatten','Solar','Vind','Kraft','Nät','Kabel','Optik',
         'Medicin','Labb','Atlas'] AS w) v;

-- Identifiers, normalized: the E-address (position 0), organization number, VAT number.
INSERT INTO participant_identifier (participant_id, position, scheme, normalized_value)
  SELECT md5('p' || g)::uuid::text, k,
         (ARRAY['E_ADDRESS','ORGANIZATION_NUMBER','VAT'])[k + 1],
         CASE k WHEN 0 THEN '0007:55' || lpad(g::text, 8, '0')
                WHEN 1 THEN '55' || lpad(g::text, 8, '0')
                ELSE 'SE55' || lpad(g::text, 8, '0') || '01' END
  FROM generate_series(1, $rows) g, generate_series(0, 2) k;

-- One provider each, a second one for every tenth participant.
INSERT INTO participant_provider (participant_id, position, service_provider_id)
  SELECT md5('p' || g)::uuid::text, 0, 'sp-' || lpad((1 + g % 20)::text, 33, '0')
  FROM generate_series(1, $rows) g;
INSERT INTO participant_provider (participant_id, position, service_provider_id)
  SELECT md5('p' || g)::uuid::text, 1, 'sp-' || lpad((1 + (g + 7) % 20)::text, 33, '0')
  FROM generate_series(10, $rows, 10) g;

-- Customers: 90 % in tenant "Bench Big", 10 % in "Bench Other", one per participant, with one
-- customer number each (every fifth with a second one).
INSERT INTO customer (id, tenant_id, participant_id, service_provider_id, state, version)
  SELECT md5('c' || g)::uuid::text,
         CASE WHEN g % 10 = 0 THEN 'bbbbbbbb-0000-4000-8000-000000000002'
              ELSE 'bbbbbbbb-0000-4000-8000-000000000001' END,
         md5('p' || g)::uuid::text,
         'sp-' || lpad((1 + g % 20)::text, 33, '0'),
         CASE WHEN g % 50 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END,
         1
  FROM generate_series(1, $rows) g;
INSERT INTO customer_number (tenant_id, number, customer_id, position)
  SELECT CASE WHEN g % 10 = 0 THEN 'bbbbbbbb-0000-4000-8000-000000000002'
              ELSE 'bbbbbbbb-0000-4000-8000-000000000001' END,
         'C-' || lpad(g::text, 7, '0'), md5('c' || g)::uuid::text, 0
  FROM generate_series(1, $rows) g;
INSERT INTO customer_number (tenant_id, number, customer_id, position)
  SELECT CASE WHEN g % 10 = 0 THEN 'bbbbbbbb-0000-4000-8000-000000000002'
              ELSE 'bbbbbbbb-0000-4000-8000-000000000001' END,
         'ERP/' || g, md5('c' || g)::uuid::text, 1
  FROM generate_series(5, $rows, 5) g;

DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM bench_index LOOP EXECUTE r.indexdef; END LOOP;
END \$\$;
SQL
  psql_q -c "VACUUM ANALYZE"
  echo "   loaded and indexed in $(( $(date +%s) - start )) s"
fi

psql_q -At -c "SELECT 'participants: ' || (SELECT count(*) FROM participant) || ', identifiers: ' ||
  (SELECT count(*) FROM participant_identifier) || ', customers: ' || (SELECT count(*) FROM customer)
  || ', customer numbers: ' || (SELECT count(*) FROM customer_number)"

# The statements as the adapter builds them (JpaParticipantRegistry.search, JpaCustomerDirectory.search
# and findByCustomerNumbers, JpaParticipantRegistry.findByIdentifiers), prepared with parameters like
# JDBC's. The searches are shown in the shape the adapter sends when no service provider's name
# matches the query (it matches the ~20 providers first and adds the provider branches only for a
# match). A query without a wildcard is sent with = instead of LIKE (B-tree indexes). The routing look-ups bind an IN list in the adapter; PostgreSQL plans it as = ANY(array).
big="bbbbbbbb-0000-4000-8000-000000000001"
prepare=$(cat <<'SQL'
PREPARE registry_search(text, text, text, bigint, int) AS
WITH hit AS (SELECT p.id, p.name FROM participant p WHERE p.name LIKE $1 ESCAPE '\'
  UNION SELECT p.id, p.name FROM participant_identifier i JOIN participant p ON p.id = i.participant_id
        WHERE (i.normalized_value LIKE $2 ESCAPE '\' OR (i.scheme = 'E_ADDRESS' AND i.normalized_value LIKE $3 ESCAPE '\')))
SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY hit.name COLLATE "C", hit.id OFFSET $4 ROWS FETCH NEXT $5 ROWS ONLY;

PREPARE registry_search_ci(text, text, text, bigint, int) AS
WITH hit AS (SELECT p.id, p.name FROM participant p WHERE p.name ILIKE $1 ESCAPE '\'
  UNION SELECT p.id, p.name FROM participant_identifier i JOIN participant p ON p.id = i.participant_id
        WHERE (i.normalized_value LIKE $2 ESCAPE '\' OR (i.scheme = 'E_ADDRESS' AND i.normalized_value LIKE $3 ESCAPE '\')))
SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY hit.name COLLATE "C", hit.id OFFSET $4 ROWS FETCH NEXT $5 ROWS ONLY;

PREPARE directory_search(text, text, text, text, text, text, text, text, bigint, int) AS
WITH hit AS (
  SELECT c.id, p.name FROM customer c JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = $1 AND p.name LIKE $2 ESCAPE '\'
  UNION SELECT c.id, p.name FROM participant_identifier i JOIN customer c ON c.participant_id = i.participant_id
        JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = $3
        AND (i.normalized_value LIKE $4 ESCAPE '\' OR (i.scheme = 'E_ADDRESS' AND i.normalized_value LIKE $5 ESCAPE '\'))
  UNION SELECT c.id, p.name FROM customer_number n JOIN customer c ON c.id = n.customer_id AND c.tenant_id = n.tenant_id
        JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = $6 AND n.tenant_id = $7 AND n.number LIKE $8 ESCAPE '\')
SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY hit.name COLLATE "C", hit.id OFFSET $9 ROWS FETCH NEXT $10 ROWS ONLY;

PREPARE registry_exact(text, text, text, bigint, int) AS
WITH hit AS (SELECT p.id, p.name FROM participant p WHERE p.name = $1
  UNION SELECT p.id, p.name FROM participant_identifier i JOIN participant p ON p.id = i.participant_id
        WHERE (i.normalized_value = $2 OR (i.scheme = 'E_ADDRESS' AND i.normalized_value = $3)))
SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY hit.name COLLATE "C", hit.id OFFSET $4 ROWS FETCH NEXT $5 ROWS ONLY;

PREPARE directory_exact(text, text, text, text, text, text, text, text, bigint, int) AS
WITH hit AS (
  SELECT c.id, p.name FROM customer c JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = $1 AND p.name = $2
  UNION SELECT c.id, p.name FROM participant_identifier i JOIN customer c ON c.participant_id = i.participant_id
        JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = $3
        AND (i.normalized_value = $4 OR (i.scheme = 'E_ADDRESS' AND i.normalized_value = $5))
  UNION SELECT c.id, p.name FROM customer_number n JOIN customer c ON c.id = n.customer_id AND c.tenant_id = n.tenant_id
        JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = $6 AND n.tenant_id = $7 AND n.number = $8)
SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY hit.name COLLATE "C", hit.id OFFSET $9 ROWS FETCH NEXT $10 ROWS ONLY;

PREPARE registry_list(bigint, int) AS
SELECT p.id FROM participant p ORDER BY p.name COLLATE "C", p.id OFFSET $1 ROWS FETCH NEXT $2 ROWS ONLY;

PREPARE routing_numbers(text, text[]) AS
SELECT n.customer_id FROM customer_number n WHERE n.tenant_id = $1 AND n.number = ANY ($2);

PREPARE routing_identifiers(text, text[]) AS
SELECT DISTINCT i.participant_id FROM participant_identifier i WHERE i.scheme = $1 AND i.normalized_value = ANY ($2);
SQL
)

numbers_batch="{$(for i in $(seq 1 100); do printf 'C-%07d,' $(( (i * 9973) % rows + 1 )); done | sed 's/,$//')}"
vats_batch="{$(for i in $(seq 1 100); do printf 'SE55%08d01,' $(( (i * 7919) % rows + 1 )); done | sed 's/,$//')}"

declare -A shape
shape[1_contains_name]="EXECUTE registry_search('%ordic Par%', '%ORDICPAR%', '%ORDIC PAR%', 0, 50)"
shape[2_contains_name_ci]="EXECUTE registry_search_ci('%atlas kraft%', '%ATLASKRAFT%', '%ATLAS KRAFT%', 0, 50)"
shape[3_prefix_name]="EXECUTE registry_search('Acme Paper%', 'ACMEPAPER%', 'ACME PAPER%', 0, 50)"
shape[4_identifier]="EXECUTE registry_exact('550042-4242', '5500424242', '550042-4242', 0, 50)"
shape[5_directory_contains]="EXECUTE directory_search('$big', '%ordic Par%', '$big', '%ORDICPAR%', '%ORDIC PAR%', '$big', '$big', '%ordic Par%', 0, 50)"
shape[6_directory_customer_number]="EXECUTE directory_exact('$big', 'C-0424242', '$big', 'C0424242', 'C-0424242', '$big', '$big', 'C-0424242', 0, 50)"
shape[9_registry_first_page_unfiltered]="EXECUTE registry_list(0, 50)"
shape[7_routing_100_customer_numbers]="EXECUTE routing_numbers('$big', '$numbers_batch')"
shape[8_routing_100_vat_numbers]="EXECUTE routing_identifiers('VAT', '$vats_batch')"

note() {
  case $1 in
    1_*) echo "registry contains-search *ordic Par* (case sensitive), first page of 50 with total";;
    2_*) echo "registry contains-search *atlas kraft* with Match case off (ILIKE)";;
    3_*) echo "registry prefix search Acme Paper*";;
    4_*) echo "registry identifier search 550042-4242 (exact, normalized to 5500424242)";;
    5_*) echo "directory contains-search *ordic Par* in the 900,000-customer tenant";;
    6_*) echo "directory search for customer number C-0424242 in the 900,000-customer tenant";;
    7_*) echo "routing look-up: 100 customer numbers of one batch in one query";;
    8_*) echo "routing look-up: 100 VAT numbers of one batch in one query";;
    9_*) echo "registry first page without a query (name-ordered index; the total is a separate count)";;
  esac
}

summary=""
for key in $(printf '%s\n' "${!shape[@]}" | sort); do
  statement=${shape[$key]}
  log "$key: $(note "$key")"
  psql_q -c "$prepare" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $statement"
  # warm-up, then $runs timed runs in one session (psql's \timing, client round trip included)
  times=$( { echo "$prepare"; echo "$statement;"; echo '\timing on'; for _ in $(seq 1 "$runs"); do echo "$statement;"; done; } \
      | psql -X -v ON_ERROR_STOP=1 -q -o /dev/null 2>&1 | awk '/^Time:/ {print $2}' | sort -n)
  stats=$(echo "$times" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; p=a[int(NR*0.95+0.999)]; printf "median %.2f ms, p95 %.2f ms over %d runs", m, p, NR}')
  echo "   $stats"
  summary+=$(printf '%-32s %s\n' "$key" "$stats")$'\n'
done

log "Summary"
printf '%s' "$summary"
