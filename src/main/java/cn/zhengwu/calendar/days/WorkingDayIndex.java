package cn.zhengwu.calendar.days;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.calendar.DayInfo;
import cn.zhengwu.calendar.DayKind;
import org.jspecify.annotations.Nullable;

/**
 * The working-day arithmetic over an immutable index (工作日索引): a working flag per day of the covered range
 * (at least 2018–2030, wider when data for other years exists), a prefix count of working days, and the position
 * of every working day, so that adding N working days is two array reads whatever N is. Outside the range the
 * plain rule holds (Monday to Friday), computed in closed form.
 *
 * <p>Everything is counted through one function: {@code count(e)}, the number of working days before epoch day
 * {@code e}, counted from a fixed Monday; it rises by one exactly after each working day, and
 * {@code dayAt(k)} is its inverse (the working day with {@code k} working days before it).
 */
public final class WorkingDayIndex {

    /** The years always covered by the arrays, so that the data's own gaps never fall back to the weekday rule. */
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2030;

    /** 1970-01-05, a Monday: the origin of the weekday count. */
    private static final long MONDAY = 4;

    private final long start;
    private final long end;
    private final boolean[] working;
    private final @Nullable String[] names;
    private final int[] before;
    private final int[] positions;
    private final long countAtStart;
    private final long countAtEnd;

    private WorkingDayIndex(long start, long end, Collection<DayEntry> listed) {
        this.start = start;
        this.end = end;
        int size = Math.toIntExact(end - start);
        this.working = new boolean[size];
        this.names = new String[size];
        for (int i = 0; i < size; i++) {
            working[i] = weekday(start + i);
        }
        for (DayEntry entry : listed) {
            int i = Math.toIntExact(entry.date().toEpochDay() - start);
            working[i] = !entry.offDay();
            names[i] = entry.name();
        }
        this.before = new int[size + 1];
        int[] found = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            before[i] = count;
            if (working[i]) {
                found[count++] = i;
            }
        }
        before[size] = count;
        this.positions = Arrays.copyOf(found, count);
        this.countAtStart = weekdaysBefore(start);
        this.countAtEnd = countAtStart + count;
    }

    /** An index of the listed dates; the range covers 2018–2030 and every year that has a listed date. */
    public static WorkingDayIndex of(Collection<DayEntry> listed) {
        int first = FIRST_YEAR;
        int last = LAST_YEAR;
        for (DayEntry entry : listed) {
            first = Math.min(first, entry.date().getYear());
            last = Math.max(last, entry.date().getYear());
        }
        return new WorkingDayIndex(LocalDate.of(first, 1, 1).toEpochDay(), LocalDate.of(last + 1, 1, 1).toEpochDay(),
            listed);
    }

    public boolean isWorkingDay(LocalDate day) {
        return working(day.toEpochDay());
    }

    /**
     * The {@code days}-th working day after {@code from} (which is not counted); for 0, {@code from} itself when
     * it is a working day and the next working day otherwise.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + days);
        }
        long day = from.toEpochDay();
        if (days == 0) {
            return LocalDate.ofEpochDay(dayAt(count(day)));
        }
        return LocalDate.ofEpochDay(dayAt(count(day + 1) + days - 1));
    }

    /** The first working day strictly after the day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return LocalDate.ofEpochDay(dayAt(count(day.toEpochDay() + 1)));
    }

    /** The working days after {@code fromExclusive} up to and including {@code toInclusive}; negative when reversed. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return Math.toIntExact(count(toInclusive.toEpochDay() + 1) - count(fromExclusive.toEpochDay() + 1));
    }

    public DayInfo day(LocalDate date) {
        long day = date.toEpochDay();
        String name = inRange(day) ? names[(int) (day - start)] : null;
        boolean isWorking = working(day);
        if (name != null) {
            return new DayInfo(date, isWorking ? DayKind.ADJUSTED_WORKDAY : DayKind.HOLIDAY, name);
        }
        return new DayInfo(date, isWorking ? DayKind.WORKDAY : DayKind.WEEKEND, null);
    }

    private boolean working(long day) {
        return inRange(day) ? working[(int) (day - start)] : weekday(day);
    }

    private boolean inRange(long day) {
        return day >= start && day < end;
    }

    /** The working days before the epoch day, counted from the fixed Monday (negative before it). */
    private long count(long day) {
        if (day < start) {
            return weekdaysBefore(day);
        }
        if (day <= end) {
            return countAtStart + before[(int) (day - start)];
        }
        return countAtEnd + weekdaysBefore(day) - weekdaysBefore(end);
    }

    /** The working day with exactly {@code k} working days before it. */
    private long dayAt(long k) {
        if (k < countAtStart) {
            return weekdayAt(k);
        }
        if (k < countAtEnd) {
            return start + positions[(int) (k - countAtStart)];
        }
        return weekdayAt(k - countAtEnd + weekdaysBefore(end));
    }

    private static boolean weekday(long day) {
        return Math.floorMod(day - MONDAY, 7) < 5;
    }

    private static long weekdaysBefore(long day) {
        long offset = day - MONDAY;
        return 5 * Math.floorDiv(offset, 7) + Math.min(Math.floorMod(offset, 7), 5);
    }

    private static long weekdayAt(long k) {
        return MONDAY + 7 * Math.floorDiv(k, 5) + Math.floorMod(k, 5);
    }
}
