-- The sign-in throttle's memory (LoginThrottle): the failed sign-ins in a row for one username
-- (lower-cased) from one client address, and when the last one was. The embedded database serves
-- one instance, which announces its own changes: no trigger (PostgreSQL's V5 and V7 have them).
CREATE TABLE sign_in_failure (
    username        varchar(100) NOT NULL,
    client_address  varchar(64)  NOT NULL,
    failures        integer      NOT NULL,
    last_failed_at  timestamp with time zone NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (username, client_address),
    CONSTRAINT sign_in_failure_counted CHECK (failures > 0)
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failed_at);
