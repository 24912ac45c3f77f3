package com.cxcentric.web.api;

import com.cxcentric.organization.control.EmployeeCsv;
import com.cxcentric.segmentation.boundary.Segments.MemberRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A segment's members as CSV (UTF-8 with byte-order mark, so spreadsheet programs read accents;
 * cells neutralised against formula injection) or as an Excel workbook (every cell written as
 * text or date, never as a formula).
 */
final class SegmentMemberExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of(
            "employee_number",
            "name",
            "job_title",
            "org_unit",
            "contact_level",
            "location",
            "hire_date",
            "member_since");

    private SegmentMemberExport() {}

    static byte[] csv(List<MemberRow> members) {
        StringBuilder text = new StringBuilder("\uFEFF")
                .append(EmployeeCsv.exportLine(HEADERS))
                .append("\r\n");
        for (MemberRow m : members) {
            text.append(EmployeeCsv.exportLine(cells(m))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String segmentName, List<MemberRow> members) {
        var bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "CX Centric", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(segmentName));
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            for (MemberRow m : members) {
                List<String> cells = cells(m);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 6 && m.hireDate() != null) {
                        sheet.value(row, c, m.hireDate());
                        sheet.style(row, c).format("yyyy-mm-dd").set();
                    } else if (c == 7) {
                        sheet.value(row, c, m.joinedOn());
                        sheet.style(row, c).format("yyyy-mm-dd").set();
                    } else if (cells.get(c) != null) {
                        sheet.value(row, c, cells.get(c));
                    }
                }
                row++;
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    private static List<String> cells(MemberRow m) {
        List<String> cells = new ArrayList<>();
        cells.add(m.employeeNumber());
        cells.add(m.name());
        cells.add(m.jobTitle());
        cells.add(m.unitName());
        cells.add(m.contactLevel().name());
        cells.add(m.location());
        cells.add(m.hireDate() == null ? null : m.hireDate().toString());
        cells.add(m.joinedOn().toString());
        return cells;
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        cleaned = cleaned.isEmpty() ? "Members" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
