package com.example;

import java.util.HashMap;
import java.util.Map;

/** Options of a report, made by a builder whose setters each fill their own map. */
public final class ReportOptions {

    private final Map<String, String> formatsByType;
    private final Map<String, String> formatsByColumn;

    private ReportOptions(Builder builder) {
        this.formatsByType = Map.copyOf(builder.formatsByType);
        this.formatsByColumn = Map.copyOf(builder.formatsByColumn);
    }

    public String formatOf(String column, String type) {
        return formatsByColumn.getOrDefault(column, formatsByType.getOrDefault(type, "%s"));
    }

    /** Each setter touches one map, but build() hands the whole builder over: one responsibility. */
    public static final class Builder {

        private final Map<String, String> formatsByType = new HashMap<>();
        private final Map<String, String> formatsByColumn = new HashMap<>();

        public Builder withTypeFormat(String type, String format) {
            if (format != null) {
                formatsByType.put(type, format);
            }
            return this;
        }

        public Builder withoutTypeFormat(String type) {
            if (type != null) {
                formatsByType.remove(type);
            }
            return this;
        }

        public Builder withColumnFormat(String column, String format) {
            if (format != null) {
                formatsByColumn.put(column, format);
            }
            return this;
        }

        public Builder withoutColumnFormat(String column) {
            if (column != null) {
                formatsByColumn.remove(column);
            }
            return this;
        }

        public ReportOptions build() {
            return new ReportOptions(this);
        }
    }
}
