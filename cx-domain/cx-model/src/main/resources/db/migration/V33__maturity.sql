-- Departments' self-assessments against the CX maturity model (docs/METRICS.md, "CX maturity"): per
-- department and quarter, one answer from 1 to 5 per question of the questionnaire; assessing the
-- same quarter again replaces the answers. The stage is derived from the answers when read.
CREATE SEQUENCE maturity_assessment_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE maturity_assessment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    department_id BIGINT       NOT NULL,
    quarter       VARCHAR(7)   NOT NULL,
    assessed_by   VARCHAR(64)  NOT NULL,
    assessed_on   DATE         NOT NULL,
    CONSTRAINT uq_maturity_assessment UNIQUE (department_id, quarter),
    CONSTRAINT fk_maturity_assessment_department FOREIGN KEY (department_id) REFERENCES org_unit (id)
);

CREATE TABLE maturity_answer (
    assessment_id BIGINT      NOT NULL,
    question      VARCHAR(16) NOT NULL,
    score         INTEGER     NOT NULL,
    CONSTRAINT pk_maturity_answer PRIMARY KEY (assessment_id, question),
    CONSTRAINT fk_maturity_answer_assessment FOREIGN KEY (assessment_id) REFERENCES maturity_assessment (id),
    CONSTRAINT ck_maturity_answer_score CHECK (score BETWEEN 1 AND 5)
);
