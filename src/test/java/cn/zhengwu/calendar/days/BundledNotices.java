package cn.zhengwu.calendar.days;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.calendar.DayEntry;

/** The notices bundled with the application, read as the seeding reads them. */
public final class BundledNotices {

    private BundledNotices() {
    }

    public static YearNotice year(int year) {
        try (InputStream in = BundledNotices.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled notice for " + year);
            }
            return NoticeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static List<DayEntry> all() {
        List<DayEntry> days = new ArrayList<>();
        for (int year = 2018; year <= 2026; year++) {
            days.addAll(year(year).days());
        }
        return days;
    }

    public static WorkingDayIndex index() {
        return WorkingDayIndex.of(all());
    }
}
