package cn.zhengwu.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.calendar.days.DayRules;
import cn.zhengwu.calendar.days.NoticeReader;
import cn.zhengwu.calendar.days.YearNotice;
import cn.zhengwu.calendar.store.CalendarStore;
import cn.zhengwu.calendar.store.CurrentIndex;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历 — the one place where working days are decided and counted. The questions (is it a working day, the
 * N-th working day after, how many between) need no permission and no transaction: they read an in-memory index
 * kept in step with the database, for every module. People read the calendar on its page and through the API with
 * {@link #READ}. Changing the calendar needs {@code CALENDAR_MANAGE}; every change raises the year's version and
 * publishes {@link CalendarChanged}.
 */
@Service
public class WorkingCalendar {

    /** Who reads the calendar on its page and through the API: those at work in the office and its keepers. */
    public static final String READ = "hasAnyAuthority('PERM_OFFICE_WORK', 'PERM_CALENDAR_MANAGE')";
    private static final String MANAGE = "hasAuthority('PERM_CALENDAR_MANAGE')";

    private final CurrentIndex index;
    private final CalendarStore store;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkingCalendar(CurrentIndex index, CalendarStore store, ActorContext actors, ApplicationEventPublisher events,
            Clock clock) {
        this.index = index;
        this.store = store;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        return index.index().isWorkingDay(day);
    }

    /**
     * The {@code days}-th working day after {@code from}, which is not counted; adding 0 gives {@code from} when
     * it is a working day and the next working day otherwise.
     *
     * @throws BusinessRuleViolation when {@code days} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw BusinessRuleViolation.invalid("calendar.days.negative", days);
        }
        return index.index().addWorkingDays(from, days);
    }

    /** The working days after {@code fromExclusive} up to and including {@code toInclusive} (negative if reversed). */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return index.index().workingDaysBetween(fromExclusive, toInclusive);
    }

    /** The first working day strictly after the day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return index.index().nextWorkingDay(day);
    }

    /** Whether the date is a working day, and why: weekend, the holiday's name, or 调休上班 for a holiday. */
    public DayInfo day(LocalDate date) {
        return index.index().day(date);
    }

    /** The years the database holds. */
    public List<Integer> years() {
        return store.years();
    }

    /** A year as stored, with its version and last change; an empty summary for a year never loaded. */
    @Transactional(readOnly = true)
    public CalendarYearSummary year(int year) {
        DayRules.requireYear(year);
        return store.year(year).orElseThrow(() -> BusinessRuleViolation.notFound("calendar.year.notFound",
            Integer.toString(year)));
    }

    /** Replaces a year with the dates of a notice file (same shape as the bundled ones); a refused file changes nothing. */
    @PreAuthorize(MANAGE)
    @Transactional
    public CalendarYearSummary importYear(String json) {
        YearNotice notice = NoticeReader.read(json);
        long version = store.touch(notice.year(), actors.current().username(), clock.instant());
        store.replaceDays(notice.year(), notice.days());
        changed(notice.year(), version, CalendarChanged.Change.IMPORTED, notice.days().size() + " days");
        return year(notice.year());
    }

    /** Lists one date as a day off or as a 调休 working day, replacing what was listed for it. */
    @PreAuthorize(MANAGE)
    @Transactional
    public DayInfo listDay(DayEntry entry) {
        DayRules.check(entry);
        DayEntry named = new DayEntry(entry.date(), entry.name().strip(), entry.offDay());
        long version = store.touch(entry.date().getYear(), actors.current().username(), clock.instant());
        store.putDay(named);
        changed(entry.date().getYear(), version, CalendarChanged.Change.DAY_LISTED,
            named.date() + " " + named.name() + (named.offDay() ? " off" : " working"));
        return expected(named);
    }

    /** Removes a date from the list: it follows the Monday-to-Friday rule again. */
    @PreAuthorize(MANAGE)
    @Transactional
    public DayInfo unlistDay(LocalDate date) {
        DayRules.requireYear(date.getYear());
        if (!store.removeDay(date)) {
            throw BusinessRuleViolation.notFound("calendar.day.notListed", date.toString());
        }
        long version = store.touch(date.getYear(), actors.current().username(), clock.instant());
        changed(date.getYear(), version, CalendarChanged.Change.DAY_UNLISTED, date.toString());
        return new DayInfo(date, date.getDayOfWeek().getValue() <= 5 ? DayKind.WORKDAY : DayKind.WEEKEND, null);
    }

    private void changed(int year, long version, CalendarChanged.Change change, String details) {
        index.invalidateOnCommit();
        events.publishEvent(new CalendarChanged(year, version, change, details));
    }

    private static DayInfo expected(DayEntry entry) {
        return new DayInfo(entry.date(), entry.offDay() ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKDAY, entry.name());
    }
}
