-- Imports of customer directories: one row per import with its counts (the progress), one row per
-- line of its file with what the line came to. Kept equivalent to db/migration/postgresql/V8__*.sql.
CREATE TABLE directory_import (
    id              varchar(36)  PRIMARY KEY,
    tenant_id       varchar(64)  NOT NULL REFERENCES tenant (id),
    -- the tenant's id while the import runs, NULL once it ended: one running import per tenant
    running_tenant  varchar(64),
    actor           varchar(200) NOT NULL,
    dry_run         boolean      NOT NULL,
    import_mode     varchar(20)  NOT NULL,
    status          varchar(10)  NOT NULL,
    applied         boolean      NOT NULL,
    row_count       bigint       NOT NULL,
    processed       bigint       NOT NULL,
    added           bigint       NOT NULL,
    updated         bigint       NOT NULL,
    unchanged       bigint       NOT NULL,
    failed          bigint       NOT NULL,
    started_at      timestamp with time zone NOT NULL,
    finished_at     timestamp with time zone,
    CONSTRAINT directory_import_one_running UNIQUE (running_tenant),
    CONSTRAINT directory_import_status_known CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT directory_import_mode_known CHECK (import_mode IN ('ALL_OR_NOTHING', 'VALID_ROWS'))
);
CREATE INDEX directory_import_tenant ON directory_import (tenant_id, started_at);

-- errors: the row's violations, one per line, as the persistence adapter writes them
-- (transfer.ViolationText). failed_first: 0 for a failed row, 1 otherwise (reports list failed rows
-- first).
CREATE TABLE directory_import_row (
    import_id     varchar(36) NOT NULL REFERENCES directory_import (id) ON DELETE CASCADE,
    line          bigint      NOT NULL,
    outcome       varchar(10) NOT NULL,
    failed_first  smallint    NOT NULL,
    customer_id   varchar(36),
    errors        varchar,
    CONSTRAINT directory_import_row_pk PRIMARY KEY (import_id, line),
    CONSTRAINT directory_import_row_outcome_known
        CHECK (outcome IN ('ADDED', 'UPDATED', 'UNCHANGED', 'FAILED'))
);
CREATE INDEX directory_import_row_report ON directory_import_row (import_id, failed_first, line);
CREATE INDEX directory_import_row_outcome ON directory_import_row (import_id, outcome, line);
