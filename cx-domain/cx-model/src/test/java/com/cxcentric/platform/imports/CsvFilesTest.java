package com.cxcentric.platform.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCommaSeparatedFileWithRowNumbersCountingTheHeader() {
        ImportTable table = CsvFiles.read(utf8("employee_number,first_name\nE1,Ana\nE2,Budi\n"), 1000);

        assertEquals(List.of("employee_number", "first_name"), table.headers());
        assertEquals(2, table.rows().size());
        assertEquals(2, table.rows().get(0).number());
        assertEquals(List.of("E2", "Budi"), table.rows().get(1).cells());
    }

    @Test
    void readsSemicolonSeparatedFileWithByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("employee_number;last_name\r\nE1;Müller, Jr.\r\n");
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        ImportTable table = CsvFiles.read(file, 1000);

        assertEquals("employee_number", table.headers().get(0), "the BOM is not part of the first header");
        assertEquals(List.of("E1", "Müller, Jr."), table.rows().get(0).cells());
    }

    @Test
    void keepsLineBreaksInsideQuotedFieldsAndNumbersRecordsNotLines() {
        ImportTable table =
                CsvFiles.read(utf8("number,job_title\nE1,\"Agent\nsecond line, \"\"quoted\"\"\"\nE2,Lead\n"), 1000);

        assertEquals("Agent\nsecond line, \"quoted\"", table.rows().get(0).cell(1));
        assertEquals(3, table.rows().get(1).number());
    }

    @Test
    void skipsBlankLinesAndReadsMissingTrailingCellsAsEmpty() {
        ImportTable table = CsvFiles.read(utf8("a,b,c\n\nE1,x\n,,\n"), 1000);

        assertEquals(1, table.rows().size());
        assertEquals("", table.rows().get(0).cell(2));
    }

    @Test
    void refusesFileThatIsNotUtf8AndSaysWhichLine() {
        byte[] latin1 = "number,name\nE1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        var refused = assertThrows(ImportRefusedException.class, () -> CsvFiles.read(latin1, 1000));

        assertEquals("error.import.encoding", refused.getMessageKey());
        assertTrue(refused.getMessage().contains("line 2"), refused.getMessage());
    }

    @Test
    void refusesUtf16File() {
        byte[] utf16 = "number\nE1\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[utf16.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, file, 2, utf16.length);

        var refused = assertThrows(ImportRefusedException.class, () -> CsvFiles.read(file, 1000));

        assertEquals("error.import.encoding", refused.getMessageKey());
    }

    @Test
    void refusesFileOverTheConfiguredSize() {
        var refused = assertThrows(ImportRefusedException.class, () -> CsvFiles.read(utf8("number\nE1\n"), 5));

        assertEquals("error.import.tooLarge", refused.getMessageKey());
        assertArrayEquals(new Object[] {10, 5L}, refused.getArguments());
    }

    @Test
    void refusesEmptyFile() {
        var refused = assertThrows(ImportRefusedException.class, () -> CsvFiles.read(utf8("\n\n"), 100));

        assertEquals("error.import.noHeader", refused.getMessageKey());
    }

    @Test
    void refusesUnterminatedQuote() {
        var refused = assertThrows(ImportRefusedException.class, () -> CsvFiles.read(utf8("a,b\n\"E1,x\n"), 100));

        assertEquals("error.import.notCsv", refused.getMessageKey());
        assertEquals(2L, refused.getArguments()[0], "the line the quoted field starts on");
        assertFalse(refused.getMessage().matches("(?s).*\\b(org|java)\\.[a-z]+\\..*"), refused.getMessage());
    }

    @Test
    void namesTheLineOfACharacterAfterAClosingQuote() {
        var refused =
                assertThrows(ImportRefusedException.class, () -> CsvFiles.read(utf8("a,b\nE1,x\n\"E2\"x,y\n"), 100));

        assertEquals(3L, refused.getArguments()[0]);
        assertTrue(refused.getMessage().endsWith("near line 3"), refused.getMessage());
    }

    @Test
    void neutralisesCellsASpreadsheetWouldEvaluate() {
        assertEquals("'=HYPERLINK(\"x\")", CsvFiles.neutralise("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvFiles.neutralise("+1"));
        assertEquals("'-2", CsvFiles.neutralise("-2"));
        assertEquals("'@SUM(A1)", CsvFiles.neutralise("@SUM(A1)"));
        assertEquals("Ana", CsvFiles.neutralise("Ana"));
        assertEquals("", CsvFiles.neutralise(""));
    }

    @Test
    void exportLineNeutralisesAndQuotesButStoredLineKeepsCellsAsSent() {
        List<String> cells = List.of("=1+1", "a,b", "line\nbreak");

        assertEquals("'=1+1,\"a,b\",\"line\nbreak\"", CsvFiles.exportLine(cells));
        assertEquals(cells, CsvFiles.cellsOf(CsvFiles.storedLine(cells)));
    }
}
