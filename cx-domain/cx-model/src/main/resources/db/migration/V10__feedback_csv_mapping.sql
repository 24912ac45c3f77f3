-- Portal CSV uploads of survey responses: which column of a source's files holds which feedback
-- property, and how many descriptive header rows follow the header (survey platforms export two or
-- three), saved per source so that the next file from it maps itself.
CREATE TABLE feedback_csv_mapping (
    source            VARCHAR(64) NOT NULL PRIMARY KEY,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    extra_header_rows INTEGER     NOT NULL,
    CONSTRAINT ck_feedback_csv_mapping_rows CHECK (extra_header_rows >= 0 AND extra_header_rows <= 10)
);

CREATE TABLE feedback_csv_mapping_column (
    source  VARCHAR(64)  NOT NULL,
    field   VARCHAR(32)  NOT NULL,
    header  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_feedback_csv_mapping_column PRIMARY KEY (source, field),
    CONSTRAINT fk_feedback_csv_mapping_column FOREIGN KEY (source) REFERENCES feedback_csv_mapping (source) ON DELETE CASCADE
);
