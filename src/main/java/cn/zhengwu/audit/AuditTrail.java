package cn.zhengwu.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.zhengwu.audit.chain.ChainCheck;
import cn.zhengwu.audit.trail.AuditCsv;
import cn.zhengwu.audit.trail.AuditEntries;
import cn.zhengwu.core.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审计记录 — the audit module's facade: search, export and verification of the trail. Only the audit
 * administrator reads the trail; the system administrator may also verify that it is intact. Every search,
 * export and verification is itself recorded in the trail.
 */
@Service
public class AuditTrail {

    static final int VERIFICATION_BATCH = 1000;

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private static final String READ = "hasAuthority('PERM_AUDIT_READ')";

    private final AuditEntries entries;
    private final AuditCsv csv;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditTrail(AuditEntries entries, AuditCsv csv, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.csv = csv;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the entries matching the query, newest first. */
    @PreAuthorize(READ)
    @Transactional
    public AuditPage search(AuditQuery query) {
        checkPeriod(query);
        List<AuditEntry> found = entries.newestFirst(query, query.before(), query.size() + 1, clock.getZone());
        boolean more = found.size() > query.size();
        List<AuditEntry> page = more ? found.subList(0, query.size()) : found;
        events.publishEvent(new AuditTrailConsulted(AuditTrailConsulted.SEARCHED, query.describe()));
        return new AuditPage(page, more ? page.getLast().id() : null);
    }

    /**
     * Every entry matching the query's filters (from {@link AuditQuery#before() before} on, if given, whatever
     * the page size), as CSV with the header in the given language. The export is recorded when it is prepared.
     */
    @PreAuthorize(READ)
    @Transactional
    public AuditExport export(AuditQuery query, Locale locale) {
        checkPeriod(query);
        events.publishEvent(new AuditTrailConsulted(AuditTrailConsulted.EXPORTED, query.describe()));
        return out -> csv.write(query, locale, out);
    }

    /**
     * Recomputes the whole chain in sequence order, in batches, and reports the first entry that was changed,
     * removed or moved.
     */
    @PreAuthorize("hasAnyAuthority('PERM_AUDIT_READ','PERM_ACCOUNT_MANAGE')")
    public ChainVerification verify() {
        ChainCheck check = new ChainCheck();
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = entries.inSequenceAfter(after, VERIFICATION_BATCH);
            batch.forEach(check::accept);
            after = batch.isEmpty() ? after : batch.getLast().id();
        }
        while (batch.size() == VERIFICATION_BATCH);
        ChainVerification result = check.result();
        if (!result.intact()) {
            log.warn("The audit trail is broken at entry {} ({} entries checked)", result.firstBrokenEntry(),
                result.entries());
        }
        events.publishEvent(new AuditTrailConsulted(AuditTrailConsulted.VERIFIED, "intact=" + result.intact()
            + ", entries=" + result.entries() + ", firstBrokenEntry=" + result.firstBrokenEntry()));
        return result;
    }

    private static void checkPeriod(AuditQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw BusinessRuleViolation.invalid("audit.query.periodReversed");
        }
    }
}
