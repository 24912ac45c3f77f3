-- A source's own touchpoint values (as its survey platform writes them, e.g. 'Showroom') and the
-- touchpoint each stands for, saved with the source's CSV mapping.
CREATE TABLE feedback_csv_mapping_value (
    source      VARCHAR(64)  NOT NULL,
    raw_value   VARCHAR(100) NOT NULL,
    touchpoint  VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_feedback_csv_mapping_value PRIMARY KEY (source, raw_value),
    CONSTRAINT fk_feedback_csv_mapping_value FOREIGN KEY (source) REFERENCES feedback_csv_mapping (source) ON DELETE CASCADE
);
