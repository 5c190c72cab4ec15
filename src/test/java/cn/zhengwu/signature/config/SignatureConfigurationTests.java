package cn.zhengwu.signature.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.signature.SignedDocuments;
import cn.zhengwu.signature.key.OfficeKey;
import cn.zhengwu.signature.key.OfficeKeys;
import cn.zhengwu.signature.key.TrustedCertificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** {@code zhengwu.signature.*}: which key signs, checked at start-up. */
class SignatureConfigurationTests {

    @TempDir
    static Path data;

    static Path demo;
    static OfficeKey demoKey;
    static String demoPassword;

    final ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(SignatureConfiguration.class)
        .withBean(Clock.class, () -> SignedDocuments.CLOCK)
        .withPropertyValues("zhengwu.signature.demo-key-directory=" + demo);

    @BeforeAll
    static void generateTheDemoKeyOnce() throws Exception {
        demo = data.resolve("signature");
        demoKey = SignedDocuments.key(demo);
        demoPassword = Files.readString(demo.resolve("office.p12.password")).strip();
    }

    @Test
    void withoutAKeystoreTheDemoKeyIsKeptBetweenRunsReadableByItsOwnerOnly() throws Exception {
        context.run(started -> {
            OfficeKey key = started.getBean(OfficeKeys.class).key().orElseThrow();
            assertThat(key.certificate()).isEqualTo(demoKey.certificate());
            assertThat(key.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
            assertThat(key.certificate().getSubjectX500Principal().getName()).contains("CN=上海市人民政府办公厅");
        });
        assertThat(Files.getPosixFilePermissions(demo.resolve("office.p12")))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(demo.resolve("office.p12.password")))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theConfiguredKeystoreSignsAndItsCertificateIsTrusted() {
        context.withPropertyValues("zhengwu.signature.keystore.path=" + demo.resolve("office.p12"),
            "zhengwu.signature.keystore.password=" + demoPassword,
            "zhengwu.signature.demo-key-directory=" + data.resolve("unused")).run(started -> {
                assertThat(started.getBean(OfficeKeys.class).require().certificate())
                    .isEqualTo(demoKey.certificate());
                assertThat(started.getBean(TrustedCertificates.class)
                    .trust(demoKey.chain(), SignedDocuments.CLOCK.instant())).isTrue();
                assertThat(data.resolve("unused")).doesNotExist();
            });
    }

    @Test
    void inProductionWithoutAKeystoreNothingIsGeneratedAndSigningIsRefused() {
        context.withPropertyValues("spring.profiles.active=prod",
            "zhengwu.signature.demo-key-directory=" + data.resolve("never")).run(started -> {
                assertThat(started).hasNotFailed();
                assertThat(data.resolve("never")).doesNotExist();
                assertThatThrownBy(() -> started.getBean(OfficeKeys.class).require())
                    .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("signature.sign.noKey"));
            });
    }

    @Test
    void aKeystoreWithoutItsPasswordStopsTheStart() {
        context.withPropertyValues("zhengwu.signature.keystore.path=" + demo.resolve("office.p12"))
            .run(started -> assertThat(started).hasFailed().getFailure()
                .hasStackTraceContaining("zhengwu.signature.keystore.password must be set"));
    }

    @Test
    void aWrongPasswordOrAliasStopsTheStartNamingTheSetting() {
        context.withPropertyValues("zhengwu.signature.keystore.path=" + demo.resolve("office.p12"),
            "zhengwu.signature.keystore.password=wrong").run(started -> assertThat(started).hasFailed()
                .getFailure().hasStackTraceContaining("zhengwu.signature.keystore.password is wrong"));
        context.withPropertyValues("zhengwu.signature.keystore.path=" + demo.resolve("office.p12"),
            "zhengwu.signature.keystore.password=" + demoPassword, "zhengwu.signature.keystore.alias=seal")
            .run(started -> assertThat(started).hasFailed().getFailure()
                .hasStackTraceContaining("no private key under the alias 'seal'"));
    }

    @Test
    void aMissingKeystoreFileStopsTheStart() {
        context.withPropertyValues("zhengwu.signature.keystore.path=" + data.resolve("missing.p12"),
            "zhengwu.signature.keystore.password=x").run(started -> assertThat(started).hasFailed().getFailure()
                .hasStackTraceContaining("does not exist or cannot be read"));
    }
}
