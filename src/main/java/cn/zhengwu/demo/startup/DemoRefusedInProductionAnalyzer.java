package cn.zhengwu.demo.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's plain "APPLICATION FAILED TO START" report, without a stack trace. */
class DemoRefusedInProductionAnalyzer extends AbstractFailureAnalyzer<DemoRefusedInProduction> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoRefusedInProduction cause) {
        return new FailureAnalysis("Demo data (zhengwu.demo.enabled=true) is refused while the 'prod' profile is active.",
            "Remove zhengwu.demo.enabled=true (or the environment variable ZHENGWU_DEMO_ENABLED=true) from the "
                + "production settings. The prod profile in application.yml already switches the demo off.",
            cause);
    }
}
