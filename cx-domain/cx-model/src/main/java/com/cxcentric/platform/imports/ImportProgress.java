package com.cxcentric.platform.imports;

/** Told how far an import has got, so that a person waiting can see it move. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} records written. */
    void advanced(int done, int total);
}
