package cn.zhengwu.demo.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Demo data runs only on the embedded database, and production refuses it. */
class DemoModeTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(DemoConfiguration.class);

    @Test
    void loadsOnTheEmbeddedDatabaseWhenEnabled() {
        assertThat(DemoMode.decide(false, true, true)).isEqualTo(DemoMode.ON);
    }

    @Test
    void leavesARealDatabaseAlone() {
        assertThat(DemoMode.decide(false, true, false)).isEqualTo(DemoMode.EXTERNAL_DATABASE);
    }

    @Test
    void staysOffWhenDisabled() {
        assertThat(DemoMode.decide(false, false, true)).isEqualTo(DemoMode.DISABLED);
        assertThat(DemoMode.decide(true, false, true)).isEqualTo(DemoMode.DISABLED);
    }

    @Test
    void productionRefusesDemoDataWhateverTheDatabase() {
        assertThatExceptionOfType(DemoRefusedInProduction.class).isThrownBy(() -> DemoMode.decide(true, true, true))
            .withMessageContaining("'prod' profile").withMessageContaining("zhengwu.demo.enabled");
        assertThatExceptionOfType(DemoRefusedInProduction.class).isThrownBy(() -> DemoMode.decide(true, true, false));
    }

    @Test
    void startUpFailsUnderTheProdProfileWithTheDemoEnabled() {
        context.withPropertyValues("spring.profiles.active=prod", "zhengwu.demo.enabled=true").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().isInstanceOf(DemoRefusedInProduction.class);
        });
    }

    @Test
    void theProdProfileStartsWithTheDemoDisabled() {
        context.withPropertyValues("spring.profiles.active=prod", "zhengwu.demo.enabled=false")
            .run(started -> assertThat(started).hasNotFailed().getBean(DemoMode.class).isEqualTo(DemoMode.DISABLED));
    }

    @Test
    void theDemoIsOnByDefaultWithoutADatasourceUrl() {
        context.run(started -> assertThat(started).getBean(DemoMode.class).isEqualTo(DemoMode.ON));
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/zhengwu")
            .run(started -> assertThat(started).getBean(DemoMode.class).isEqualTo(DemoMode.EXTERNAL_DATABASE));
    }

    @Test
    void theFailureReportSaysWhatToChange() {
        FailureAnalysis analysis = new DemoRefusedInProductionAnalyzer()
            .analyze(new BeanCreationException("demoMode", new DemoRefusedInProduction()));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("prod");
        assertThat(analysis.getAction()).contains("zhengwu.demo.enabled=true");
    }
}
