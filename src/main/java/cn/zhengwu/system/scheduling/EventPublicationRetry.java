package cn.zhengwu.system.scheduling;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener failed or whose node died while delivering: every module event is
 * persisted when published, and this job (one node at a time) resubmits those still incomplete after a grace
 * period. Listeners are idempotent, so a second delivery is harmless.
 */
@Component
public class EventPublicationRetry {

    static final String JOB = "event-publication-retry";
    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);

    private final IncompleteEventPublications incomplete;
    private final JobRuns runs;
    private final Duration grace;

    EventPublicationRetry(IncompleteEventPublications incomplete, JobRuns runs,
            @org.springframework.beans.factory.annotation.Value("${zhengwu.events.retry-after:PT5M}") Duration grace) {
        this.incomplete = incomplete;
        this.runs = runs;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${zhengwu.events.retry-interval:PT1M}",
        initialDelayString = "${zhengwu.events.retry-interval:PT1M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT30S")
    public void resubmitIncomplete() {
        runs.record(JOB, () -> {
            log.debug("Resubmitting event publications incomplete for more than {}", grace);
            incomplete.resubmitIncompletePublicationsOlderThan(grace);
        });
    }
}
