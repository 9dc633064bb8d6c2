-- Tenants (sending companies), the users who sign in, and the API keys of machine clients.

CREATE TABLE tenant (
    id          varchar(36)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    CONSTRAINT tenant_name_unique UNIQUE (name)
);

-- A user of one tenant (VIEWER or EDITOR), or a network administrator (no tenant).
-- password_hash: pbkdf2-sha256$<iterations>$<salt>$<hash>, Base64 without padding.
CREATE TABLE app_user (
    id              varchar(36)  PRIMARY KEY,
    username        varchar(100) NOT NULL,
    password_hash   varchar(200) NOT NULL,
    role            varchar(20)  NOT NULL,
    tenant_id       varchar(36)  REFERENCES tenant (id),
    CONSTRAINT app_user_username_unique UNIQUE (username),
    CONSTRAINT app_user_role_known CHECK (role IN ('VIEWER', 'EDITOR', 'NETWORK_ADMIN')),
    CONSTRAINT app_user_tenant_by_role CHECK ((role = 'NETWORK_ADMIN') = (tenant_id IS NULL))
);
CREATE INDEX app_user_tenant ON app_user (tenant_id);

-- An API key: the secret itself is shown once; only its SHA-256 (hex) is kept.
CREATE TABLE api_key (
    id           varchar(36)  PRIMARY KEY,
    tenant_id    varchar(36)  NOT NULL REFERENCES tenant (id),
    name         varchar(100) NOT NULL,
    secret_hash  char(64)     NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    revoked_at   timestamp with time zone,
    CONSTRAINT api_key_secret_unique UNIQUE (secret_hash)
);
CREATE INDEX api_key_tenant ON api_key (tenant_id);
