package cn.zhengwu.calendar.days;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.core.BusinessRuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a yearly holiday file (the shape of {@code calendar/holidays/<year>.json}) and refuses, with the first
 * reason found, anything that is not a consistent notice: wrong shapes, dates outside the year, a date listed
 * twice or listed both as off and as working, unnamed dates, a year with no listed date at all.
 */
public final class NoticeReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NoticeReader() {
    }

    public static YearNotice read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        }
        catch (JacksonException unreadable) {
            throw BusinessRuleViolation.invalid("calendar.import.unreadable");
        }
        if (root == null || !root.isObject()) {
            throw BusinessRuleViolation.invalid("calendar.import.unreadable");
        }
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isIntegralNumber() || !yearNode.canConvertToInt()) {
            throw BusinessRuleViolation.invalid("calendar.import.yearMissing");
        }
        int year = yearNode.intValue();
        DayRules.requireYear(year);
        JsonNode daysNode = root.get("days");
        if (daysNode == null || !daysNode.isArray()) {
            throw BusinessRuleViolation.invalid("calendar.import.daysMissing");
        }
        if (daysNode.size() == 0) {
            throw BusinessRuleViolation.invalid("calendar.import.noDays", Integer.toString(year));
        }
        Map<LocalDate, DayEntry> seen = new HashMap<>();
        List<DayEntry> days = new ArrayList<>();
        for (int i = 0; i < daysNode.size(); i++) {
            DayEntry entry = entry(daysNode.get(i), i + 1);
            if (entry.date().getYear() != year) {
                throw BusinessRuleViolation.invalid("calendar.import.outsideYear", entry.date().toString(),
                    Integer.toString(year));
            }
            DayRules.check(entry);
            DayEntry earlier = seen.put(entry.date(), entry);
            if (earlier != null) {
                throw BusinessRuleViolation.invalid(earlier.offDay() == entry.offDay()
                    ? "calendar.import.duplicate" : "calendar.import.conflict", entry.date().toString());
            }
            days.add(entry);
        }
        days.sort(Comparator.comparing(DayEntry::date));
        return new YearNotice(year, days);
    }

    private static DayEntry entry(JsonNode node, int position) {
        if (!node.isObject()) {
            throw BusinessRuleViolation.invalid("calendar.import.entryInvalid", position);
        }
        JsonNode date = node.get("date");
        JsonNode name = node.get("name");
        JsonNode offDay = node.get("offDay");
        if (date == null || !date.isString() || name == null || !name.isString() || offDay == null
                || !offDay.isBoolean()) {
            throw BusinessRuleViolation.invalid("calendar.import.entryInvalid", position);
        }
        try {
            return new DayEntry(LocalDate.parse(date.stringValue()), name.stringValue().strip(), offDay.booleanValue());
        }
        catch (DateTimeParseException impossible) {
            throw BusinessRuleViolation.invalid("calendar.import.dateInvalid", position, date.stringValue());
        }
    }
}
