package cn.zhengwu.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Date;
import cn.zhengwu.IntegrationTest;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EngineConfigurationTests {

    @Test
    void theEngineTellsTheTimeByTheApplicationsClock(@Autowired ProcessEngineConfiguration engine,
            @Autowired Clock clock) {
        var engineClock = engine.getClock();
        assertThat(engineClock).isInstanceOf(ApplicationClock.class);
        assertThat(engineClock.getCurrentTimeZone().toZoneId()).isEqualTo(clock.getZone());
        assertThat(engineClock.getCurrentTime().toInstant()).isBeforeOrEqualTo(clock.instant());
        assertThatThrownBy(() -> engineClock.setCurrentTime(new Date(0)))
            .isInstanceOf(UnsupportedOperationException.class);
    }
}
