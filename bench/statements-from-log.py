#!/usr/bin/env python3
# Writes bench/sql/search-*.sql from PostgreSQL's statement log: for each search shape, the first
# search statement the server executed, with every $n turned into a pgbench variable (:big for the
# bench tenant, :identifier for the organization number, "--@ pN=value" lines for the others).
# Usage: set log_min_duration_statement = 0 on the bench database, run bench/run.sh with
# BENCH_ONLY=search (each shape is called at least once), then
#   bench/statements-from-log.py <postgresql log file> <bench tenant id> <organization number>
import os, re, sys
log = open(sys.argv[1], errors='replace').read().split('\n')
big, identifier = sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
shapes = {'%ordic Par%': 'contains', 'Acme Paper%': 'prefix', identifier: 'identifier', 'N424242': 'customer-number'}
kinds = {'WITH hit AS (SELECT c.id': 'search', 'WITH hit AS (SELECT p.id': 'search-registry'}
seen = {}
for i, line in enumerate(log):
    m = re.search(r'execute [SP]_\d+: (WITH hit AS .*)$', line)
    if not m or i + 1 >= len(log) or 'parameters:' not in log[i + 1]:
        continue
    sql = m.group(1)
    params = dict(re.findall(r"\$(\d+) = '((?:[^']|'')*)'", log[i + 1]))
    kind = next((k for p, k in kinds.items() if sql.startswith(p)), None)
    shape = next((s for v, s in shapes.items() if v in params.values()), None)
    if kind and shape and (kind, shape) not in seen:
        seen[(kind, shape)] = (sql, params)
for (kind, shape), (sql, params) in seen.items():
    lines = []
    def var(m):
        n = m.group(1); v = params[n].replace("''", "'")
        if v == big: return ':big'
        if v == identifier: return ':identifier'
        lines.append('--@ p%s=%s' % (n, v))
        return ':p' + n
    body = re.sub(r'\$(\d+)', var, sql)
    what = 'JdbcDirectorySearch' if kind == 'search' else 'JdbcRegistrySearch'
    path = os.path.join(here, 'sql', '%s-%s.sql' % (kind, shape))
    with open(path, 'w') as f:
        f.write('-- pgbench script: the one statement %s sends for the %s search (rows and total of\n' % (what, shape))
        f.write('-- the first page), as read from the server\'s statement log with its bound values. bench/run.sh\n')
        f.write('-- passes -D big=<bench tenant id> -D identifier=<an organization number> and one -D per "--@"\n')
        f.write('-- line below; with -M prepared every :variable is a bound parameter, as JDBC binds them.\n')
        f.write('-- Regenerate it (bench/statements-from-log.py) when the adapter\'s statement changes.\n')
        f.write('\n'.join(sorted(set(lines), key=lambda l: int(l[5:].split('=')[0]))) + '\n')
        # an exact, case-sensitive search runs on the equality searches' pool, whose sessions plan
        # once for every value (SearchStatements.query, db-postgresql.xml)
        if shape in ('identifier', 'customer-number'):
            f.write('-- The adapter runs an exact, case-sensitive search on its own pool, whose sessions connect\n')
            f.write('-- with one plan for every value (SearchStatements.query); pgbench\'s session is given the same.\n')
            f.write('--% -c plan_cache_mode=force_generic_plan\n')
        f.write(body + ';\n')
    print(path, len(lines))
