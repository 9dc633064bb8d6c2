-- The sign-in throttle's memory, shared by every instance on this database (LoginThrottle): the
-- failed sign-ins in a row for one username (lower-cased) from one client address, and when the
-- last one was. Rows quiet for half an hour are deleted by the instances.
CREATE TABLE sign_in_failure (
    username        varchar(100) NOT NULL,
    client_address  varchar(64)  NOT NULL,
    failures        integer      NOT NULL,
    last_failed_at  timestamp with time zone NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (username, client_address),
    CONSTRAINT sign_in_failure_counted CHECK (failures > 0)
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failed_at);

-- Every instance remembers what it read of these rows (mostly: none) until a change is announced
-- on the channel of account and key changes (V5): a failure recorded through one instance counts
-- on all of them at once. Per row, so that deleting nothing announces nothing.
CREATE TRIGGER sign_in_failure_changed AFTER INSERT OR UPDATE OR DELETE ON sign_in_failure
    FOR EACH ROW EXECUTE FUNCTION routebook_access_changed();
