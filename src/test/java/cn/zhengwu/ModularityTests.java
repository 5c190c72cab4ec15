package cn.zhengwu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure is the architecture: verified here, and documented under target/spring-modulith-docs. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ZhengwuApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApis() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsAndCanvases() {
        new Documenter(modules).writeDocumentation();
    }
}
