package cn.zhengwu.demo.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SplittableRandom;

import cn.zhengwu.demo.city.DemoCity;
import cn.zhengwu.identity.account.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One password for every demo account: configured, or generated once and kept for its owner only. */
class DemoPasswordTests {

    static final List<String> USERNAMES = DemoCity.usernames();

    @TempDir
    Path data;

    @Test
    void theConfiguredPasswordWinsAndNothingIsWritten() {
        DemoPassword password = new DemoPassword("Configured-Passw0rd", data);

        assertThat(password.obtain(USERNAMES)).isEqualTo("Configured-Passw0rd");
        assertThat(password.describe()).contains("ZHENGWU_DEMO_PASSWORD").doesNotContain("Configured-Passw0rd");
        assertThat(data.resolve("demo-password.txt")).doesNotExist();
    }

    @Test
    void aGeneratedPasswordIsSavedForItsOwnerOnlyAndReadBackLater() throws IOException {
        String generated = new DemoPassword(null, data).obtain(USERNAMES);

        Path file = data.resolve("demo-password.txt");
        assertThat(Files.readString(file).strip()).isEqualTo(generated);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        DemoPassword nextStart = new DemoPassword(" ", data);
        assertThat(nextStart.obtain(USERNAMES)).isEqualTo(generated);
        assertThat(nextStart.describe()).startsWith(generated).contains(file.toString());
    }

    @Test
    void generatedPasswordsSatisfyThePasswordPolicyForEveryDemoAccount() {
        DemoPassword password = new DemoPassword(null, data, new SplittableRandom(2));
        for (int i = 0; i < 500; i++) {
            String generated = password.generate(USERNAMES);
            assertThat(generated).hasSize(16);
            for (String username : USERNAMES) {
                assertThat(PasswordPolicy.violation(generated, username)).as(generated + " for " + username).isEmpty();
            }
        }
    }

    @Test
    void aPasswordContainingAUsernameIsNeverChosen() {
        DemoPassword password = new DemoPassword(null, data, new SplittableRandom(7));
        for (int i = 0; i < 100; i++) {
            assertThat(password.generate(List.of("a", "B", "c"))).doesNotContainIgnoringCase("a")
                .doesNotContainIgnoringCase("b").doesNotContainIgnoringCase("c");
        }
    }

    @Test
    void theWelcomeSaysWhenThePasswordFileIsMissing() {
        assertThat(new DemoPassword(null, data).describe()).startsWith("unknown").contains("demo-password.txt");
    }
}
