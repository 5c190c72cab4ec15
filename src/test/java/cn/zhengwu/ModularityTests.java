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

    /**
     * Diagrams and canvases only: the module metadata file that {@code writeDocumentation()} would also put into
     * {@code target/classes} would outlive the next new module and hide its migrations from module-aware
     * Flyway until a clean build.
     */
    @Test
    void writesModuleDiagramsAndCanvases() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases()
            .writeAggregatingDocument();
    }
}
