package com.cxcentric.platform.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Reads HR files as they arrive (UTF-8 with or without a byte-order mark, {@code ;} or {@code ,}
 * between fields, quoted fields that contain separators, quotes or line breaks) and writes CSV
 * that spreadsheets cannot execute: a cell starting with {@code = + - @}, a tab or a carriage
 * return is written with a leading apostrophe, so it is shown as text and never run as a formula.
 */
public final class CsvFiles {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {}

    /**
     * Parses a whole file.
     *
     * @throws ImportRefusedException when the file is larger than {@code maxBytes}, not UTF-8, not
     *     CSV, or has no header
     */
    public static ImportTable read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new ImportRefusedException(
                    "error.import.tooLarge",
                    "The file has " + bytes.length + " bytes; at most " + maxBytes + " are accepted",
                    bytes.length,
                    maxBytes);
        }
        String text = decode(bytes);
        char separator = separatorOf(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<String> headers = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new ImportTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long line = brokenLine(e);
            throw new ImportRefusedException(
                    "error.import.notCsv",
                    "The file cannot be read as CSV: a quoted field is not closed, or a character follows its"
                            + " closing quote, near line " + line,
                    line);
        }
        if (headers == null || headers.stream().allMatch(String::isEmpty)) {
            throw new ImportRefusedException("error.import.noHeader", "The file is empty: it has no header row");
        }
        return new ImportTable(headers, rows);
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 refuses the file instead of turning into '?'. */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportRefusedException(
                    "error.import.encoding", "The file is UTF-16 encoded; save it as CSV in UTF-8", "UTF-16", 1);
        }
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportRefusedException(
                    "error.import.encoding",
                    "The file is not UTF-8 encoded (line " + line + ", byte " + (offset + 1)
                            + "); save it as CSV in UTF-8",
                    "UTF-8",
                    line);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** {@code ;} when the header line has more of them than commas (as European spreadsheets export). */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** One CSV line (no line end) of the cells, neutralised against formula injection: for exports. */
    public static String exportLine(List<String> cells) {
        return print(cells.stream().map(CsvFiles::neutralise).toList());
    }

    /** One CSV line (no line end) of the cells exactly as they are: for storing a row. */
    public static String storedLine(List<String> cells) {
        return print(cells);
    }

    private static String print(List<String> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, exportFormat().builder().setRecordSeparator("").get())) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Splits a line written by {@link #storedLine} back into its cells. */
    public static List<String> cellsOf(String line) {
        try (CSVParser parser = CSVParser.parse(line, exportFormat())) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format of every CSV this product writes: comma-separated, CRLF, quoted where needed. */
    /** Where the CSV reader gave up, read off its message (it names the line); 0 when it does not say. */
    static long brokenLine(Exception refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher line = BROKEN_LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return Long.parseLong(line.group(1));
            }
        }
        return 0;
    }

    private static final Pattern BROKEN_LINE = Pattern.compile("(?:startline|line:?) (\\d+)");

    public static CSVFormat exportFormat() {
        return CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    }

    /**
     * A cell safe to open in a spreadsheet: one that a spreadsheet would evaluate gets a leading
     * apostrophe. Already neutralised cells are left alone, so neutralising twice changes nothing.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean dangerous =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return dangerous ? "'" + cell : cell;
    }
}
