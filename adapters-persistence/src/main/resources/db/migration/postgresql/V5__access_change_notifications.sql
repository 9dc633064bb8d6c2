-- Every instance keeps the accounts and API keys it has read only while none changed: a change of
-- either, whoever makes it, is announced on channel routebook_access (delivered at commit) and
-- every instance listening forgets what it read (FollowedAccessChanges).

CREATE FUNCTION routebook_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('routebook_access', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER app_user_changed AFTER UPDATE OR DELETE OR TRUNCATE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_access_changed();

CREATE TRIGGER api_key_changed AFTER UPDATE OR DELETE OR TRUNCATE ON api_key
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_access_changed();
