package com.cxcentric.web.api;

import com.cxcentric.segmentation.boundary.Segments.MemberRow;
import java.util.ArrayList;
import java.util.List;

/** A segment's members as the rows of a {@link TableExport}. */
final class SegmentMemberExport {

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

    static List<List<Object>> rows(List<MemberRow> members) {
        List<List<Object>> rows = new ArrayList<>();
        for (MemberRow m : members) {
            List<Object> cells = new ArrayList<>();
            cells.add(m.employeeNumber());
            cells.add(m.name());
            cells.add(m.jobTitle());
            cells.add(m.unitName());
            cells.add(m.contactLevel().name());
            cells.add(m.location());
            cells.add(m.hireDate());
            cells.add(m.joinedOn());
            rows.add(cells);
        }
        return rows;
    }
}
