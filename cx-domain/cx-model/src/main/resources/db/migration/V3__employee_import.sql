-- HR import: the record of every import (who, when, which file, what it did), the rows it
-- rejected (with their original cells, so HR can download, fix and send them again), and the
-- column mapping saved per source system.

CREATE SEQUENCE employee_import_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE employee_import (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(64)  NOT NULL,
    file_name       VARCHAR(255),
    channel         VARCHAR(16)  NOT NULL,
    imported_by     VARCHAR(64)  NOT NULL,
    full_import     BOOLEAN      NOT NULL,
    create_units    BOOLEAN      NOT NULL,
    row_count       INTEGER      NOT NULL,
    created_count   INTEGER      NOT NULL,
    updated_count   INTEGER      NOT NULL,
    unchanged_count INTEGER      NOT NULL,
    rejected_count  INTEGER      NOT NULL,
    left_count      INTEGER      NOT NULL,
    units_created   INTEGER      NOT NULL,
    duration_ms     BIGINT       NOT NULL,
    CONSTRAINT ck_employee_import_channel CHECK (channel IN ('PORTAL', 'API'))
);
CREATE INDEX ix_employee_import_created ON employee_import (created_at);

-- The header line of the file, so a download of rejected rows has the columns HR sent.
CREATE TABLE employee_import_header (
    import_id    BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    header       VARCHAR(200) NOT NULL,
    CONSTRAINT pk_employee_import_header PRIMARY KEY (import_id, position),
    CONSTRAINT fk_employee_import_header_import FOREIGN KEY (import_id) REFERENCES employee_import (id) ON DELETE CASCADE
);

-- One row per rejected record. row_number counts records as a spreadsheet does: the header is
-- row 1. cells holds the record as CSV text (one line, fields quoted where needed).
CREATE TABLE employee_import_rejection (
    import_id       BIGINT        NOT NULL,
    row_number      INTEGER       NOT NULL,
    employee_number VARCHAR(200),
    field           VARCHAR(32),
    reason_key      VARCHAR(64)   NOT NULL,
    reason_args     VARCHAR(1000),
    reason          VARCHAR(1000) NOT NULL,
    cells           TEXT          NOT NULL,
    CONSTRAINT pk_employee_import_rejection PRIMARY KEY (import_id, row_number),
    CONSTRAINT fk_employee_import_rejection_import FOREIGN KEY (import_id) REFERENCES employee_import (id) ON DELETE CASCADE
);

-- Which column of a source's files holds which employee field: HR maps a source once.
CREATE TABLE employee_import_mapping (
    source      VARCHAR(64)  NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE employee_import_mapping_column (
    source  VARCHAR(64)  NOT NULL,
    field   VARCHAR(32)  NOT NULL,
    header  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_employee_import_mapping_column PRIMARY KEY (source, field),
    CONSTRAINT fk_employee_import_mapping_column FOREIGN KEY (source) REFERENCES employee_import_mapping (source) ON DELETE CASCADE
);
