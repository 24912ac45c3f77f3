-- Customer-centricity training: the course catalog (versioned courses with lessons and a question
-- bank), assignments with their progress and quiz attempts, and certifications.

INSERT INTO competency (id, version, created_at, updated_at, code, name, description, sort_order) VALUES
    (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CUSTOMER_CENTRICITY', 'Customer centricity',
     'Seeing the business through the customer''s eyes, whatever your job, and acting on it.', 0);

-- One row per version ("revision") of a course. A published revision never changes; an edit makes
-- the next revision, and assignments keep pointing at the revision their person took.
CREATE TABLE course (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    code                  VARCHAR(40)   NOT NULL,
    revision              INTEGER       NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    summary               VARCHAR(2000) NOT NULL,
    estimated_minutes     INTEGER       NOT NULL,
    validity_months       INTEGER,
    pass_mark_percent     INTEGER       NOT NULL,
    attempt_limit         INTEGER       NOT NULL,
    questions_per_attempt INTEGER       NOT NULL,
    published_at          TIMESTAMP WITH TIME ZONE,
    retired_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_course_revision UNIQUE (code, revision),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    CONSTRAINT ck_course_numbers CHECK (revision >= 1 AND estimated_minutes > 0 AND pass_mark_percent BETWEEN 1 AND 100
        AND attempt_limit >= 1 AND questions_per_attempt >= 1 AND (validity_months IS NULL OR validity_months >= 1))
);
CREATE SEQUENCE course_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE course_language (
    course_id BIGINT     NOT NULL,
    language  VARCHAR(8) NOT NULL,
    CONSTRAINT pk_course_language PRIMARY KEY (course_id, language),
    CONSTRAINT fk_course_language_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE course_competency (
    course_id       BIGINT      NOT NULL,
    competency_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_course_competency PRIMARY KEY (course_id, competency_code),
    CONSTRAINT fk_course_competency_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_competency_code FOREIGN KEY (competency_code) REFERENCES competency (code)
);

-- The outcome metrics a course is meant to move, by their names in the outcomes API.
CREATE TABLE course_metric (
    course_id BIGINT      NOT NULL,
    metric    VARCHAR(32) NOT NULL,
    CONSTRAINT pk_course_metric PRIMARY KEY (course_id, metric),
    CONSTRAINT fk_course_metric_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE course_standard (
    course_id     BIGINT      NOT NULL,
    standard_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_course_standard PRIMARY KEY (course_id, standard_code),
    CONSTRAINT fk_course_standard_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE course_segment (
    course_id  BIGINT NOT NULL,
    segment_id BIGINT NOT NULL,
    CONSTRAINT pk_course_segment PRIMARY KEY (course_id, segment_id),
    CONSTRAINT fk_course_segment_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_segment_segment FOREIGN KEY (segment_id) REFERENCES segment (id)
);

-- Lesson bodies are HTML that passed the sanitiser; nothing else is ever stored here.
CREATE TABLE lesson (
    id                BIGINT        NOT NULL PRIMARY KEY,
    course_id         BIGINT        NOT NULL,
    lesson_no         INTEGER       NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    body_html         VARCHAR(100000) NOT NULL,
    video_url         VARCHAR(500),
    practice_scenario VARCHAR(4000),
    CONSTRAINT uq_lesson_no UNIQUE (course_id, lesson_no),
    CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);
CREATE SEQUENCE lesson_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE quiz_question (
    id        BIGINT        NOT NULL PRIMARY KEY,
    course_id BIGINT        NOT NULL,
    question_no INTEGER     NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    scenario  VARCHAR(2000),
    prompt    VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_quiz_question_no UNIQUE (course_id, question_no),
    CONSTRAINT fk_quiz_question_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_quiz_question_kind CHECK (kind IN ('SINGLE', 'MULTIPLE', 'SCENARIO'))
);
CREATE SEQUENCE quiz_question_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE quiz_option (
    id          BIGINT        NOT NULL PRIMARY KEY,
    question_id BIGINT        NOT NULL,
    option_no   INTEGER       NOT NULL,
    label       VARCHAR(500)  NOT NULL,
    correct     BOOLEAN       NOT NULL,
    explanation VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_quiz_option_no UNIQUE (question_id, option_no),
    CONSTRAINT fk_quiz_option_question FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE
);
CREATE SEQUENCE quiz_option_seq START WITH 100 INCREMENT BY 50;

-- A course assigned to a person. open_course_code is the course code while the assignment is open
-- (assigned, in progress, failed) and NULL once it is completed or cancelled: the unique key then
-- allows one open assignment per person and course, on H2 and PostgreSQL alike.
CREATE TABLE assignment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    employee_id         BIGINT        NOT NULL,
    course_id           BIGINT        NOT NULL,
    course_code         VARCHAR(40)   NOT NULL,
    open_course_code    VARCHAR(40),
    source              VARCHAR(16)   NOT NULL,
    assigned_by         VARCHAR(64)   NOT NULL,
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_on              DATE          NOT NULL,
    mandatory           BOOLEAN       NOT NULL,
    message             VARCHAR(1000),
    status              VARCHAR(16)   NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    completed_at        TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    attempts_used       INTEGER       NOT NULL,
    extra_attempts      INTEGER       NOT NULL,
    best_score_percent  INTEGER,
    reaction_relevance  INTEGER,
    reaction_usefulness INTEGER,
    reaction_comment    VARCHAR(2000),
    reacted_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_assignment_open UNIQUE (employee_id, open_course_code),
    CONSTRAINT fk_assignment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_assignment_status CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_assignment_source CHECK (source IN ('MANUAL', 'RULE', 'RECERTIFICATION')),
    CONSTRAINT ck_assignment_reaction CHECK ((reaction_relevance IS NULL OR reaction_relevance BETWEEN 1 AND 5)
        AND (reaction_usefulness IS NULL OR reaction_usefulness BETWEEN 1 AND 5))
);
CREATE SEQUENCE assignment_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_assignment_course ON assignment (course_code, status, due_on);
CREATE INDEX ix_assignment_due ON assignment (status, due_on);

CREATE TABLE assignment_lesson (
    assignment_id BIGINT NOT NULL,
    lesson_id     BIGINT NOT NULL,
    CONSTRAINT pk_assignment_lesson PRIMARY KEY (assignment_id, lesson_id),
    CONSTRAINT fk_assignment_lesson_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE
);

-- One quiz attempt: the questions drawn from the bank, in the order shown, and the answers given.
CREATE TABLE quiz_attempt (
    id            BIGINT       NOT NULL PRIMARY KEY,
    assignment_id BIGINT       NOT NULL,
    attempt_no    INTEGER      NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    question_ids  VARCHAR(1000) NOT NULL,
    score_percent INTEGER,
    passed        BOOLEAN,
    CONSTRAINT uq_quiz_attempt_no UNIQUE (assignment_id, attempt_no),
    CONSTRAINT fk_quiz_attempt_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
);
CREATE SEQUENCE quiz_attempt_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE quiz_answer (
    attempt_id  BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    chosen      VARCHAR(200) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT pk_quiz_answer PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT fk_quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_answer_question FOREIGN KEY (question_id) REFERENCES quiz_question (id)
);
CREATE INDEX ix_quiz_answer_question ON quiz_answer (question_id, correct);

-- A passed course. expires_on NULL: the course's certification never expires.
CREATE TABLE certification (
    id            BIGINT      NOT NULL PRIMARY KEY,
    employee_id   BIGINT      NOT NULL,
    course_id     BIGINT      NOT NULL,
    course_code   VARCHAR(40) NOT NULL,
    assignment_id BIGINT      NOT NULL,
    certificate_no VARCHAR(32) NOT NULL,
    certified_on  DATE        NOT NULL,
    expires_on    DATE,
    CONSTRAINT uq_certification_no UNIQUE (certificate_no),
    CONSTRAINT uq_certification_assignment UNIQUE (assignment_id),
    CONSTRAINT fk_certification_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_certification_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_certification_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
);
CREATE SEQUENCE certification_seq START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_certification_holder ON certification (employee_id, course_code, expires_on);
