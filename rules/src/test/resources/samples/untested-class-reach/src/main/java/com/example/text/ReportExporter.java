package com.example.text;

import java.util.List;

public class ReportExporter { // expect: testing/untested-class "Public class ReportExporter has logic (e.g. export()) but no test reaches it"

    public String export(List<String> rows) {
        StringBuilder out = new StringBuilder();
        for (String row : rows) {
            out.append(ExportFormat.CSV.line(row));
        }
        return out.toString();
    }
}
