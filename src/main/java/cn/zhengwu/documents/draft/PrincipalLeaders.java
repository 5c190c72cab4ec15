package cn.zhengwu.documents.draft;

import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * 主要负责人 — who must sign the documents that only the principal leader signs (第二十条: 上行文 and the weightiest
 * types: 命令, 决议, 决定, 议案). The principal leader of an issuing unit is whoever holds its highest-ranked post that
 * is not a deputy's (副职), in the unit or in its leadership (市政府领导 for 市政府).
 */
@Component
public class PrincipalLeaders {

    private final OrganizationManagement organization;
    private final Clock clock;

    PrincipalLeaders(OrganizationManagement organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    public static boolean required(DocumentType type, Direction direction) {
        return direction == Direction.UPWARD || switch (type) {
            case ORDER, RESOLUTION, DECISION, MOTION -> true;
            default -> false;
        };
    }

    public boolean isPrincipal(PersonId person, UUID issuer) {
        return SystemAuthentication.call(() -> {
            LocalDate today = LocalDate.now(clock);
            List<PostSummary> posts = new ArrayList<>(organization.postsIn(new UnitId(issuer)));
            organization.childrenOf(new UnitId(issuer)).stream()
                .filter(unit -> unit.kind() == UnitKind.LEADERSHIP)
                .forEach(unit -> posts.addAll(organization.postsIn(unit.id())));
            return posts.stream().filter(post -> post.heldOn(today) && !post.title().contains("副"))
                .min(Comparator.comparing(PostSummary::rank))
                .map(top -> posts.stream().anyMatch(post -> post.person().equals(person) && post.heldOn(today)
                    && post.rank() == top.rank() && !post.title().contains("副")))
                .orElse(false);
        });
    }
}
