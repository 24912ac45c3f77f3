package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.imports.CsvFiles;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as a download: CSV (UTF-8 with byte-order mark so spreadsheet programs read accents, CRLF,
 * every cell neutralised against formula injection) or an Excel workbook (texts written as texts,
 * numbers as numbers, dates as dates; never a formula).
 */
final class TableExport {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {}

    /**
     * The table as the download a client asked for: {@code format} csv or xlsx (checked by the
     * endpoint), offered as {@code fileBase.format}; {@code sheetName} names the Excel sheet.
     */
    static Response download(
            String format, String fileBase, String sheetName, List<String> headers, List<List<Object>> rows) {
        Response.ResponseBuilder response = "xlsx".equals(format)
                ? Response.ok(xlsx(sheetName, headers, rows), XLSX)
                : Response.ok(csv(headers, rows), CSV + ";charset=UTF-8");
        return response.header("Content-Disposition", "attachment; filename=\"" + fileBase + "." + format + "\"")
                .build();
    }

    /** Every row of a paged list, read page by page at the largest page size. */
    static <T> List<T> everyRow(Function<PageRequest, Page<T>> pages) {
        List<T> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> found = pages.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            rows.addAll(found.items());
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                return rows;
            }
        }
    }

    static byte[] csv(List<String> headers, List<List<Object>> rows) {
        StringBuilder text =
                new StringBuilder("\uFEFF").append(CsvFiles.exportLine(headers)).append("\r\n");
        for (List<Object> row : rows) {
            text.append(CsvFiles.exportLine(row.stream()
                            .map(cell -> cell == null ? "" : cell.toString())
                            .toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        var bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "CX Centric", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (cell instanceof LocalDateTime moment) {
                        sheet.value(r + 1, c, moment);
                        sheet.style(r + 1, c).format("yyyy-mm-dd hh:mm").set();
                    } else if (cell instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (cell != null) {
                        sheet.value(r + 1, c, cell.toString());
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        cleaned = cleaned.isEmpty() ? "Sheet" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
