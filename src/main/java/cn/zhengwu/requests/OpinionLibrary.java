package cn.zhengwu.requests;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.requests.opinion.Opinion;
import cn.zhengwu.requests.opinion.Opinions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常用拟办意见库 — the wordings a clerk picks from when proposing how to handle a document (拟办); anyone handling
 * incoming documents reads it, those keeping it (维护) add, reword and remove.
 */
@Service
@Transactional
public class OpinionLibrary {

    static final int LONGEST = 500;
    private static final String KEEP = "hasAuthority('PERM_OPINION_MANAGE')";

    private final Opinions opinions;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpinionLibrary(Opinions opinions, ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.opinions = opinions;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyAuthority('PERM_INCOMING_HANDLE', 'PERM_OPINION_MANAGE')")
    @Transactional(readOnly = true)
    public List<OpinionSummary> all() {
        return opinions.findAllByOrderBySortOrderAscTextAsc().stream()
            .map(opinion -> new OpinionSummary(opinion.id(), opinion.text())).toList();
    }

    @PreAuthorize(KEEP)
    public OpinionSummary add(String text) {
        String wording = checked(text);
        Opinion opinion = opinions.save(new Opinion(wording, opinions.lastSortOrder() + 1, actors.current().username(),
            clock.instant()));
        events.publishEvent(new OpinionLibraryChanged(opinion.id(), OpinionLibraryChanged.Change.ADDED, wording));
        return new OpinionSummary(opinion.id(), opinion.text());
    }

    @PreAuthorize(KEEP)
    public OpinionSummary reword(UUID id, String text) {
        Opinion opinion = find(id);
        String wording = text.strip();
        if (!wording.equals(opinion.text())) {
            opinion.reword(checked(text), actors.current().username(), clock.instant());
            events.publishEvent(new OpinionLibraryChanged(id, OpinionLibraryChanged.Change.REWORDED, wording));
        }
        return new OpinionSummary(id, opinion.text());
    }

    @PreAuthorize(KEEP)
    public void remove(UUID id) {
        Opinion opinion = find(id);
        opinions.delete(opinion);
        events.publishEvent(new OpinionLibraryChanged(id, OpinionLibraryChanged.Change.REMOVED, opinion.text()));
    }

    private Opinion find(UUID id) {
        return opinions.findById(id).orElseThrow(() -> BusinessRuleViolation.notFound("requests.opinion.notFound", id));
    }

    private String checked(String text) {
        String wording = text.strip();
        if (wording.isEmpty() || wording.length() > LONGEST) {
            throw BusinessRuleViolation.invalid("requests.opinion.length", LONGEST);
        }
        if (opinions.existsByText(wording)) {
            throw BusinessRuleViolation.conflict("requests.opinion.exists", wording);
        }
        return wording;
    }
}
