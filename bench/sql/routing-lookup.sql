-- pgbench script: the customer-number look-up of routing, one number per transaction: the
-- statement JdbcRoutingDirectory.BY_NUMBERS_POSTGRESQL sends (adapters-persistence, routing
-- package), here with one number where routing binds the numbers of a whole batch as one array.
-- bench/run.sh passes -D tenant=<bench tenant id> -D rows=<customers of it>; run with
-- -M prepared so :tenant and :n are bound parameters, as JDBC binds them.
\set n random(1, :rows)
WITH asked AS (SELECT CAST(:tenant AS varchar) AS tenant_id, a.number
                 FROM unnest(CAST(ARRAY['N' || :n] AS varchar[])) AS a(number))
SELECT cn.number, p.id, p.name, p.status, p.e_address, p.default_provider_id, dsp.name,
       c.id, c.state, c.service_provider_id, csp.name
  FROM asked CROSS JOIN LATERAL (SELECT n.tenant_id, n.number, n.customer_id
                                   FROM customer_number n
                                  WHERE n.tenant_id = asked.tenant_id AND n.number = asked.number
                                  ORDER BY n.tenant_id, n.number LIMIT 1) cn
  JOIN customer c ON c.tenant_id = cn.tenant_id AND c.id = cn.customer_id
  JOIN participant p ON p.id = c.participant_id
  JOIN service_provider dsp ON dsp.id = p.default_provider_id
  LEFT JOIN participant_provider pp ON pp.participant_id = c.participant_id
       AND pp.service_provider_id = c.service_provider_id
  LEFT JOIN service_provider csp ON csp.id = pp.service_provider_id;
