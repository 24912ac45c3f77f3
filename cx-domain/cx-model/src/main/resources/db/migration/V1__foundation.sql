-- Foundation schema: organization, accounts, API tokens, competencies, company values.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share; ids come from sequences that
-- EclipseLink pre-allocates in blocks of 50 (a value N hands out N-49..N, so the first
-- block is 51..100 and ids up to 50 stay free for rows seeded here).

CREATE SEQUENCE org_unit_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE employee_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE competency_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE company_value_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(150) NOT NULL,
    unit_type   VARCHAR(16)  NOT NULL,
    parent_id   BIGINT,
    lead_id     BIGINT,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_unit_type CHECK (unit_type IN ('COMPANY', 'DIVISION', 'DEPARTMENT', 'TEAM'))
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE employee (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    employee_number    VARCHAR(32)  NOT NULL,
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    email              VARCHAR(254),
    job_title          VARCHAR(150),
    org_unit_id        BIGINT,
    manager_id         BIGINT,
    contact_level      VARCHAR(24)  NOT NULL,
    location           VARCHAR(100),
    hire_date          DATE,
    status             VARCHAR(16)  NOT NULL,
    status_since       DATE,
    preferred_language VARCHAR(8),
    CONSTRAINT uq_employee_number UNIQUE (employee_number),
    CONSTRAINT fk_employee_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_employee_manager FOREIGN KEY (manager_id) REFERENCES employee (id),
    CONSTRAINT ck_employee_contact_level CHECK (contact_level IN ('FRONT_LINE', 'CUSTOMER_SUPPORT', 'BACK_OFFICE', 'LEADERSHIP')),
    CONSTRAINT ck_employee_status CHECK (status IN ('ACTIVE', 'ON_LEAVE', 'LEFT'))
);
CREATE INDEX ix_employee_org_unit ON employee (org_unit_id);
CREATE INDEX ix_employee_manager ON employee (manager_id);

ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_lead FOREIGN KEY (lead_id) REFERENCES employee (id);
CREATE INDEX ix_org_unit_lead ON org_unit (lead_id);

CREATE TABLE user_account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    employee_id    BIGINT,
    enabled        BOOLEAN      NOT NULL,
    failed_logins  INTEGER      NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    last_login_at  TIMESTAMP WITH TIME ZONE,
    language       VARCHAR(8),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT uq_user_account_employee UNIQUE (employee_id),
    CONSTRAINT fk_user_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
);

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'HR', 'TEAM_LEAD', 'EMPLOYEE', 'EXECUTIVE'))
);

CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    name          VARCHAR(100) NOT NULL,
    secret_hash   VARCHAR(64)  NOT NULL,
    secret_prefix VARCHAR(12)  NOT NULL,
    account_id    BIGINT       NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_by    VARCHAR(64),
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);

CREATE TABLE api_token_scope (
    token_id BIGINT      NOT NULL,
    scope    VARCHAR(32) NOT NULL,
    CONSTRAINT pk_api_token_scope PRIMARY KEY (token_id, scope),
    CONSTRAINT fk_api_token_scope_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE
);

CREATE TABLE competency (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    sort_order  INTEGER       NOT NULL,
    CONSTRAINT uq_competency_code UNIQUE (code)
);

CREATE TABLE company_value (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    sort_order  INTEGER       NOT NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uq_company_value_code UNIQUE (code)
);

-- The competency framework every installation starts from, with ids below the first block
-- the application allocates.
INSERT INTO competency (id, version, created_at, updated_at, code, name, description, sort_order) VALUES
    (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'QUESTIONING', 'Asking the right questions',
     'Need-based, issue-based and gap-finding questions that uncover what the customer really needs.', 1),
    (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'SERVICE_RECOVERY', 'Service recovery',
     'Empathise, apologise and resolve: turning a failure into a customer who stays.', 2),
    (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'SERVICE_STANDARDS', 'Service standards',
     'The measurable promises at each critical point of the service delivery process.', 3),
    (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CX_VISION', 'Our CX vision',
     'What the company wants every customer to experience, and each person''s part in it.', 4);
