-- The public customer registry, the tenants' customer directories, their documents, the audit
-- history and tenant settings. Kept equivalent to db/migration/postgresql/V2__*.sql, without
-- pg_trgm's trigram indexes and "C" collations (H2 compares and sorts by code point anyway).
-- Ids are UUID text made by the domain; every tenant-owned table carries tenant_id.

-- Operators through which participants receive documents.
CREATE TABLE service_provider (
    id       varchar(36)  PRIMARY KEY,
    name     varchar(200) NOT NULL,
    version  bigint       NOT NULL
);

-- A company that can receive documents (public, shared by every tenant).
CREATE TABLE participant (
    id                   varchar(36)  PRIMARY KEY,
    name                 varchar(200) NOT NULL,
    country              varchar(2)   NOT NULL,
    e_address            varchar(140) NOT NULL,  -- icd:value as given
    default_provider_id  varchar(36)  NOT NULL REFERENCES service_provider (id),
    status               varchar(20)  NOT NULL,
    version              bigint       NOT NULL,
    CONSTRAINT participant_status_known CHECK (status IN ('ACTIVE', 'DEACTIVATED'))
);
-- Pages sorted by name then id; also serves name prefixes.
CREATE INDEX participant_name_order ON participant (name, id);
CREATE INDEX participant_default_provider ON participant (default_provider_id);

-- A participant's identifiers, normalized (Identifier.normalize): position 0 is its E-address in
-- key form (icd:VALUE), positions 1.. its other identifiers in order.
CREATE TABLE participant_identifier (
    participant_id  varchar(36)  NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    position        integer      NOT NULL,
    scheme          varchar(30)  NOT NULL,
    normalized_value varchar(140) NOT NULL,
    CONSTRAINT participant_identifier_pk PRIMARY KEY (participant_id, position),
    CONSTRAINT participant_identifier_scheme_known CHECK (scheme IN
        ('ORGANIZATION_NUMBER', 'VAT', 'GLN', 'OVT', 'IBAN', 'E_ADDRESS'))
);
-- Exact look-ups for routing (a batch at a time).
CREATE INDEX participant_identifier_lookup ON participant_identifier (scheme, normalized_value);

-- A participant's service providers, in order.
CREATE TABLE participant_provider (
    participant_id       varchar(36) NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    position             integer     NOT NULL,
    service_provider_id  varchar(36) NOT NULL REFERENCES service_provider (id),
    CONSTRAINT participant_provider_pk PRIMARY KEY (participant_id, position)
);
CREATE INDEX participant_provider_provider ON participant_provider (service_provider_id, participant_id);

-- An entry of a tenant's customer directory.
CREATE TABLE customer (
    id                   varchar(36) PRIMARY KEY,
    tenant_id            varchar(36) NOT NULL REFERENCES tenant (id),
    participant_id       varchar(36) NOT NULL REFERENCES participant (id),
    service_provider_id  varchar(36) NOT NULL REFERENCES service_provider (id),
    state                varchar(10) NOT NULL,
    version              bigint      NOT NULL,
    CONSTRAINT customer_state_known CHECK (state IN ('ACTIVE', 'INACTIVE')),
    -- at most one customer per participant in a directory
    CONSTRAINT customer_tenant_participant_unique UNIQUE (tenant_id, participant_id),
    -- lets customer_number refer to (tenant, customer) so a number never crosses tenants
    CONSTRAINT customer_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX customer_participant ON customer (participant_id);
CREATE INDEX customer_service_provider ON customer (service_provider_id);

-- A customer's numbers, unique within the tenant; deleting the customer frees them.
CREATE TABLE customer_number (
    tenant_id    varchar(36) NOT NULL,
    number       varchar(35) NOT NULL,
    customer_id  varchar(36) NOT NULL,
    position     integer     NOT NULL,
    CONSTRAINT customer_number_tenant_number_unique PRIMARY KEY (tenant_id, number),
    CONSTRAINT customer_number_customer FOREIGN KEY (tenant_id, customer_id)
        REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_number_customer_idx ON customer_number (tenant_id, customer_id);

-- The documents a tenant sent, with their last routing decision. References are raw, as sent.
-- warnings and path: JSON arrays of strings.
CREATE TABLE document (
    tenant_id                 varchar(36)  NOT NULL REFERENCES tenant (id),
    document_id               varchar(200) NOT NULL,
    customer_number           varchar,
    e_address                 varchar,
    ovt                       varchar,
    iban                      varchar,
    gln                       varchar,
    organization_number       varchar,
    vat_number                varchar,
    outcome                   varchar(10)  NOT NULL,
    reason                    varchar(40),
    message                   varchar,
    recipient_participant_id  varchar(36),
    recipient_name            varchar,
    recipient_e_address       varchar,
    service_provider_id       varchar(36),
    service_provider_name     varchar,
    matched_by                varchar(30),
    customer_id               varchar(36),
    warnings                  varchar      NOT NULL,
    path                      varchar      NOT NULL,
    received_at               timestamp with time zone NOT NULL,
    decided_at                timestamp with time zone NOT NULL,
    version                   bigint       NOT NULL,
    CONSTRAINT document_pk PRIMARY KEY (tenant_id, document_id),
    CONSTRAINT document_outcome_known CHECK (outcome IN ('ROUTED', 'STOPPED'))
);
CREATE INDEX document_by_outcome ON document (tenant_id, outcome, document_id);

-- The audit history of customers; it outlives deleted customers (no foreign key to customer).
-- before_state / after_state: {"customerNumbers":[...],"serviceProviderId":"...","state":"..."}.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id            bigint       PRIMARY KEY,
    tenant_id     varchar(36)  NOT NULL REFERENCES tenant (id),
    customer_id   varchar(36)  NOT NULL,
    action        varchar(20)  NOT NULL,
    actor         varchar(200) NOT NULL,
    changed_at    timestamp with time zone NOT NULL,
    before_state  varchar,
    after_state   varchar,
    CONSTRAINT audit_entry_action_known CHECK (action IN
        ('CREATED', 'NUMBERS_REPLACED', 'PROVIDER_CHOSEN', 'ACTIVATED', 'DEACTIVATED', 'DELETED'))
);
CREATE INDEX audit_entry_customer ON audit_entry (tenant_id, customer_id, changed_at, id);

-- Settings of a tenant that changed them (absent row: the defaults).
CREATE TABLE tenant_setting (
    tenant_id       varchar(36) PRIMARY KEY REFERENCES tenant (id),
    directory_mode  varchar(10) NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT tenant_setting_mode_known CHECK (directory_mode IN ('OPEN', 'CLOSED'))
);
