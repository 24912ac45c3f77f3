package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.training.entity.CompletionImport.Known;
import com.cxcentric.training.entity.CompletionImport.Plan;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Map<String, Long> PEOPLE = Map.of("E1", 1L, "E2", 2L);
    private static final Known KNOWN = new Known(PEOPLE::get, Set.of("CX-RECOVERY", "CX-VISION"), Set.of(), TODAY);

    private static Plan plan(String csv, Known known) {
        return CompletionImport.plan(CsvFiles.read(csv.getBytes(StandardCharsets.UTF_8), 1_000_000), "Moodle", known);
    }

    @Test
    void readsAnLmsExportWithItsOwnHeadersDatesScoresAndStatuses() {
        Plan plan = plan(
                "\uFEFFEmployee No;Course;Completion Date;Score;Status;System\n"
                        + "E1;cx-recovery;15/03/2024;86%;Passed;\n"
                        + "E2;CX-VISION;2024-04-02T09:30:00Z;91,5;completed;Docebo\n"
                        + "E2;CX-RECOVERY;02.05.2024;40;Failed;\n",
                KNOWN);

        assertEquals(3, plan.rows());
        assertEquals(2, plan.completions().size());
        var first = plan.completions().get(0);
        assertEquals(1L, first.employeeId());
        assertEquals("CX-RECOVERY", first.courseCode());
        assertEquals(LocalDate.of(2024, 3, 15), first.completedOn());
        assertEquals(86, first.score());
        assertEquals("Moodle", first.source(), "the import's source when the row names none");
        assertEquals(92, plan.completions().get(1).score(), "91.5 rounded half up");
        assertEquals("Docebo", plan.completions().get(1).source());
        assertEquals(1, plan.notPassed(), "a failed completion is kept out, never refused");
        assertEquals(0, plan.refusals().size());
    }

    @Test
    void refusesABadRowOnItsOwnNamingItsRowAndField() {
        Plan plan = plan(
                "employee_number,course_code,completed_on,score,passed\n"
                        + "E9,CX-RECOVERY,2024-03-15,80,yes\n"
                        + "E1,CX-UNKNOWN,2024-03-15,80,yes\n"
                        + "E1,CX-RECOVERY,31/02/2024,80,yes\n"
                        + "E1,CX-RECOVERY,2027-01-01,80,yes\n"
                        + "E1,CX-RECOVERY,2024-03-15,180,yes\n"
                        + "E1,CX-RECOVERY,2024-03-15,80,maybe\n"
                        + "E1,CX-RECOVERY,2024-03-15,80,yes\n"
                        + "E1,CX-RECOVERY,2024-03-15,85,yes\n",
                KNOWN);

        assertEquals(1, plan.completions().size());
        assertEquals(8, plan.completions().get(0).row(), "rows are numbered as a spreadsheet shows them");
        assertEquals(
                java.util.List.of(
                        "2 employee_number error.history.unknownEmployee",
                        "3 course_code error.history.unknownCourse",
                        "4 completed_on error.history.date",
                        "5 completed_on error.history.future",
                        "6 score error.history.score",
                        "7 passed error.history.passed",
                        "9 completed_on error.history.twice"),
                plan.refusals().stream()
                        .map(r -> r.row() + " " + r.field() + " " + r.reasonKey())
                        .toList());
    }

    @Test
    void aCompletionAlreadyImportedIsUnchanged() {
        Known known = new Known(
                PEOPLE::get,
                Set.of("CX-RECOVERY"),
                Set.of(CompletionImport.key(1, "CX-RECOVERY", LocalDate.of(2024, 3, 15))),
                TODAY);

        Plan plan = plan("employee_number;course_code;completed_on\nE1;CX-RECOVERY;2024-03-15\n", known);

        assertEquals(0, plan.completions().size());
        assertEquals(1, plan.unchanged());
    }

    @Test
    void refusesTheWholeFileWhenARequiredColumnIsMissing() {
        var refused = assertThrows(
                ImportRefusedException.class, () -> plan("employee_number;course_code\nE1;CX-RECOVERY\n", KNOWN));

        assertEquals("error.history.column", refused.getMessageKey());
    }

    @Test
    void readsTheWaysLearningSystemsWriteADay() {
        assertEquals(LocalDate.of(2024, 3, 5), CompletionImport.date("5 Mar 2024"));
        assertEquals(LocalDate.of(2024, 3, 5), CompletionImport.date("2024-03-05 14:00"));
        assertEquals(LocalDate.of(2024, 3, 5), CompletionImport.date("05-03-2024"));
        assertNull(CompletionImport.date("03/25/2024"), "month first is not read as a day");
    }
}
