-- pgbench script: the customer-number look-up of routing, one number per transaction.
-- bench/run.sh passes -D tenant=<bench tenant id> -D rows=<customers of it>; run with
-- -M prepared so :tenant and :n are bound parameters, as JDBC binds them.
-- Align this statement with the one the routing adapter issues.
\set n random(1, :rows)
SELECT cn.customer_id, c.state, c.participant_id, c.service_provider_id
  FROM customer_number cn
  JOIN customer c ON c.tenant_id = cn.tenant_id AND c.id = cn.customer_id
 WHERE cn.tenant_id = :tenant AND cn.number = 'N' || :n;
