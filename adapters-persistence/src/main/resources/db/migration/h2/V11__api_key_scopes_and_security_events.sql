-- API keys get scopes and an expiry; their last use is kept in a table of its own, so that writing
-- it (at most once a minute per key and instance) neither rewrites the key's row nor announces an
-- access change to the other instances. A key's scopes are its ApiKeyScope names, comma separated.
ALTER TABLE api_key ADD COLUMN scopes varchar(100) DEFAULT 'ROUTING,DIRECTORY_READ' NOT NULL;
ALTER TABLE api_key ADD COLUMN expires_at timestamp with time zone;
ALTER TABLE api_key ADD CONSTRAINT api_key_expires_after_creation
    CHECK (expires_at IS NULL OR expires_at > created_at);

CREATE TABLE api_key_use (
    api_key_id    varchar(36) PRIMARY KEY REFERENCES api_key (id) ON DELETE CASCADE,
    last_used_at  timestamp with time zone NOT NULL
);

-- The security event log: sign-ins, failures, throttling, refusals, key and user changes. Never a
-- secret: no password, no key secret. username and tenant_id are absent where unknown; tenant_id
-- keeps no reference, so that an event outlives what it names.
CREATE TABLE security_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamp with time zone NOT NULL,
    type       varchar(40)   NOT NULL,
    username   varchar(100),
    tenant_id  varchar(64),
    address    varchar(64)   NOT NULL,
    detail     varchar(1000) NOT NULL
);
CREATE INDEX security_event_at ON security_event (at, id);
CREATE INDEX security_event_type_at ON security_event (type, at, id);
