package cn.zhengwu.workflow.engine;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * Flowable's clock reads the application's {@link Clock}, so the moments the engine keeps (task created, ended,
 * due) agree with the rest of Zhengwu. Only that clock decides the time: Flowable cannot set it.
 */
final class ApplicationClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;

    ApplicationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone zone) {
        Calendar calendar = Calendar.getInstance(zone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void setCurrentTime(Date time) {
        throw new UnsupportedOperationException("The application's clock decides the time");
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        throw new UnsupportedOperationException("The application's clock decides the time");
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("The application's clock decides the time");
    }
}
