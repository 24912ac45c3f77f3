package com.cxcentric.platform.imports;

import java.util.List;

/**
 * A file of employee records as read, before any meaning is given to it: the header and the data
 * rows, each with its row number as a spreadsheet shows it (the header is row 1).
 */
public record ImportTable(List<String> headers, List<Row> rows) {

    /** One record of the file. A cell is never null; a missing trailing cell reads as empty. */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
