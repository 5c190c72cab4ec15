package cn.zhengwu.audit.trail;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (fields quoted when they hold a comma, quote or line break; lines end in CRLF),
 * with cells that would start a spreadsheet formula prefixed by an apostrophe, so that an exported entry can
 * never run as a formula when opened (CSV injection).
 */
final class CsvFormat {

    private CsvFormat() {
    }

    static String line(List<String> fields) {
        return fields.stream().map(CsvFormat::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
