package cn.zhengwu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Rules the module model cannot express. */
class ArchitectureRulesTests {

    static final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.zhengwu");

    @Test
    void controllersLiveInWebPackages() {
        ArchRule rule = classes().that()
            .areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().resideInAPackage("..web..");
        rule.check(classes);
    }

    @Test
    void restControllersServeTheVersionedApi() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should(new MappedUnderApiCondition())
            .check(classes);
    }

    @Test
    void entitiesAndRepositoriesStayOutOfModuleApis() {
        noClasses().that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .or().areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().resideInAPackage("cn.zhengwu.(*)")
            .because("a module's root package is its published API")
            .check(classes);
    }

    @Test
    void timeIsReadFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .because("deadlines must be testable: inject java.time.Clock")
            .check(classes);
    }

    @Test
    void nothingPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("logs go through SLF4J")
            .check(classes);
    }

    @Test
    void onlyTheWorkflowModuleTouchesFlowable() {
        noClasses().that().resideOutsideOfPackage("cn.zhengwu.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..")
            .check(classes);
    }
}
