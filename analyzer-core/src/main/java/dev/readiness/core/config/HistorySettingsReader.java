package dev.readiness.core.config;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code history} section: {@code since} (an ISO date such as 2024-01-31, or a period back from the
 * HEAD commit such as "12 months", "2 years", "90 days", "6 weeks") and {@code commits} (a positive whole number).
 */
final class HistorySettingsReader {

    static final String SECTION = "history";
    static final List<String> KEYS = List.of("since", "commits");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*(day|week|month|year)s?");

    private HistorySettingsReader() {
    }

    static HistorySettings read(YamlNode node, NodeReader reader) throws ConfigException {
        YamlNode.Mapping mapping = reader.mapping(node, SECTION, KEYS);
        YamlNode since = NodeReader.optional(mapping, "since").orElse(null);
        YamlNode commits = NodeReader.optional(mapping, "commits").orElse(null);
        LocalDate date = null;
        Period period = null;
        if (since != null) {
            YamlNode.Scalar text = reader.string(since, SECTION + ".since");
            Matcher matcher = PERIOD.matcher(text.text().strip().toLowerCase(Locale.ROOT));
            if (matcher.matches()) {
                period = period(Integer.parseInt(matcher.group(1)), matcher.group(2));
            } else {
                date = date(text, reader);
            }
        }
        return new HistorySettings(date, period, commits == null ? null : commits(commits, reader));
    }

    private static Period period(int amount, String unit) {
        return switch (unit) {
            case "day" -> Period.ofDays(amount);
            case "week" -> Period.ofWeeks(amount);
            case "month" -> Period.ofMonths(amount);
            default -> Period.ofYears(amount);
        };
    }

    private static LocalDate date(YamlNode.Scalar text, NodeReader reader) throws ConfigException {
        try {
            return LocalDate.parse(text.text().strip());
        } catch (DateTimeParseException e) {
            throw reader.error(text.position(), SECTION + ".since must be a date (yyyy-MM-dd, e.g. 2024-01-31) or a "
                    + "period such as \"12 months\", not '" + text.text() + "'");
        }
    }

    private static int commits(YamlNode node, NodeReader reader) throws ConfigException {
        double value = reader.number(node, SECTION + ".commits");
        if (value < 1 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw reader.error(node.position(), SECTION + ".commits must be a positive whole number of commits, not "
                    + ((YamlNode.Scalar) node).text());
        }
        return (int) value;
    }
}
