package cn.zhengwu.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import cn.zhengwu.organization.DelegationSummary;
import cn.zhengwu.organization.LiaisonRole;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The pages name kinds, ranks, contact roles and delegation states by keys built from the enums
 * ({@code #{${kind.messageKey()}}}), which the bundle test cannot see in the templates: every value has one.
 */
class OrganizationMessagesTests {

    @Test
    void everyKindRankRoleAndStatusHasItsName() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/organization.properties"),
            StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        List<String> keys = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            keys.add(kind.messageKey());
        }
        for (Rank rank : Rank.values()) {
            keys.add(rank.messageKey());
        }
        for (LiaisonRole role : LiaisonRole.values()) {
            keys.add(role.messageKey());
        }
        for (DelegationSummary.Status status : DelegationSummary.Status.values()) {
            keys.add(status.messageKey());
        }

        assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }
}
