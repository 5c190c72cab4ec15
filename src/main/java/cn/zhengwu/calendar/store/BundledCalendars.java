package cn.zhengwu.calendar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import cn.zhengwu.calendar.CalendarChanged;
import cn.zhengwu.calendar.days.NoticeReader;
import cn.zhengwu.calendar.days.YearNotice;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the calendar at start from the notices bundled in {@code calendar/holidays/<year>.json}, for every year
 * the database does not have yet. It runs before anything can ask for a working day, is idempotent, and takes an
 * advisory lock so that nodes starting together seed once; a year an administrator has imported or edited is
 * never overwritten.
 */
@Component
class BundledCalendars implements SmartInitializingSingleton {

    static final String LOCATION = "classpath*:calendar/holidays/*.json";
    private static final Logger log = LoggerFactory.getLogger(BundledCalendars.class);

    private final CalendarStore store;
    private final CurrentIndex index;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BundledCalendars(CalendarStore store, CurrentIndex index, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.index = index;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        SystemAuthentication.run(() -> transaction.executeWithoutResult(status -> seed()));
    }

    private void seed() {
        store.lockForSeeding();
        Set<Integer> present = new HashSet<>(store.years());
        for (Resource file : bundled()) {
            YearNotice notice = NoticeReader.read(read(file));
            if (present.add(notice.year())) {
                long version = store.touch(notice.year(), Actor.SYSTEM, clock.instant());
                store.replaceDays(notice.year(), notice.days());
                events.publishEvent(new CalendarChanged(notice.year(), version, CalendarChanged.Change.SEEDED,
                    notice.days().size() + " days from " + file.getFilename()));
                log.info("Working-day calendar {} seeded with {} listed days", notice.year(), notice.days().size());
            }
        }
        index.invalidateOnCommit();
    }

    private static Resource[] bundled() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(LOCATION);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String read(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
