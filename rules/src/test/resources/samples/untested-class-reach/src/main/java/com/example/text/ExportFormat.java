package com.example.text;

/** Used only by the untested exporter: no test reaches it either. */
public enum ExportFormat { // expect: testing/untested-class

    CSV;

    public String line(String row) {
        String escaped = row.replace("\"", "\"\"");
        if (escaped.contains(",")) {
            escaped = "\"" + escaped + "\"";
        }
        return escaped + "\n";
    }
}
