-- A change of one tenant's customers or customer numbers no longer makes every instance forget
-- what routing read of every tenant: the statement's notification names the tenants whose rows it
-- wrote ('tenant:' and the id, one notification per tenant), and only their marks move
-- (FollowedDirectoryChanges). Still statement-level triggers, now with transition tables, so a
-- statement of a million rows of one tenant (an import's COPY) sends one notification. A statement
-- over more tenants than a notification per tenant is worth, and a TRUNCATE, which has no
-- transition table, send the table's name as before: every tenant's mark moves. The registry's
-- tables keep the triggers of V10: a change there concerns every tenant.

CREATE FUNCTION routebook_tenants_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tenants varchar[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(DISTINCT t.tenant_id) INTO tenants
            FROM (SELECT tenant_id FROM changed_rows UNION SELECT tenant_id FROM former_rows) t;
    ELSE
        SELECT array_agg(DISTINCT tenant_id) INTO tenants FROM changed_rows;
    END IF;
    IF tenants IS NULL THEN
        RETURN NULL; -- no row written: nothing changed
    END IF;
    IF cardinality(tenants) > 100 THEN
        PERFORM pg_notify('routebook_directory', TG_TABLE_NAME);
    ELSE
        PERFORM pg_notify('routebook_directory', 'tenant:' || t) FROM unnest(tenants) AS u(t);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER customer_changed ON customer;
DROP TRIGGER customer_number_changed ON customer_number;

CREATE TRIGGER customer_inserted AFTER INSERT ON customer
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_tenants_changed();
CREATE TRIGGER customer_updated AFTER UPDATE ON customer
    REFERENCING OLD TABLE AS former_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_tenants_changed();
CREATE TRIGGER customer_deleted AFTER DELETE ON customer
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_tenants_changed();
CREATE TRIGGER customer_truncated AFTER TRUNCATE ON customer
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();

CREATE TRIGGER customer_number_inserted AFTER INSERT ON customer_number
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_tenants_changed();
CREATE TRIGGER customer_number_updated AFTER UPDATE ON customer_number
    REFERENCING OLD TABLE AS former_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_tenants_changed();
CREATE TRIGGER customer_number_deleted AFTER DELETE ON customer_number
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_tenants_changed();
CREATE TRIGGER customer_number_truncated AFTER TRUNCATE ON customer_number
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();
