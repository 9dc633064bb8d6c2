-- Every instance remembers what routing read of the directories and the registry only while none
-- of it changed: any statement that writes a table routing reads, whoever runs it (any instance, an
-- import, a COPY, or by hand), announces it on channel routebook_directory (delivered at commit),
-- and every instance listening forgets what it read (FollowedDirectoryChanges). Statement-level
-- triggers: a statement of a million rows sends one notification, and PostgreSQL folds identical
-- notifications of one transaction into one.

CREATE FUNCTION routebook_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('routebook_directory', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customer
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();

CREATE TRIGGER customer_number_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customer_number
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();

CREATE TRIGGER participant_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON participant
    FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();

CREATE TRIGGER participant_identifier_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON participant_identifier FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();

CREATE TRIGGER participant_provider_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON participant_provider FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();

CREATE TRIGGER service_provider_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON service_provider FOR EACH STATEMENT EXECUTE FUNCTION routebook_directory_changed();
