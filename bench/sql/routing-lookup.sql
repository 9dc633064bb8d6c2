-- pgbench script: the customer-number look-up of routing, one number per transaction: the
-- statement JdbcRoutingDirectory.BY_NUMBER sends (adapters-persistence, routing package) for a
-- single document, the one-by-one peer of a batch, which binds all its numbers as one array
-- (BY_NUMBERS_POSTGRESQL). bench/run.sh passes -D tenant=<bench tenant id> -D rows=<customers of
-- it>; run with -M prepared so :tenant and :n are bound parameters, as JDBC binds them.
\set n random(1, :rows)
SELECT cn.number, p.id, p.name, p.status, p.e_address, p.default_provider_id, dsp.name,
       c.id, c.state, c.service_provider_id, csp.name
  FROM customer_number cn
  JOIN customer c ON c.tenant_id = cn.tenant_id AND c.id = cn.customer_id
  JOIN participant p ON p.id = c.participant_id
  JOIN service_provider dsp ON dsp.id = p.default_provider_id
  LEFT JOIN participant_provider pp ON pp.participant_id = c.participant_id
       AND pp.service_provider_id = c.service_provider_id
  LEFT JOIN service_provider csp ON csp.id = pp.service_provider_id
 WHERE cn.tenant_id = :tenant AND cn.number = 'N' || :n;
