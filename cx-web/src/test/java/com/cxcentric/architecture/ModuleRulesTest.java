package com.cxcentric.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of docs/ARCHITECTURE.md and of the package-infos' "may not", checked on the
 * compiled classes of every module (cx-web sees them all), so that a broken rule fails the build
 * and an inline fully qualified name hides nothing.
 */
@AnalyzeClasses(packages = "com.cxcentric", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    private static final String[] CORE_AREAS = {
        "com.cxcentric.organization..", "com.cxcentric.segmentation..", "com.cxcentric.outcomes.."
    };

    @ArchTest
    static final ArchRule trainingNeverDependsOnRewards = noClasses()
            .that()
            .resideInAPackage("com.cxcentric.training..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.cxcentric.rewards..");

    @ArchTest
    static final ArchRule rewardsNeverDependsOnTraining = noClasses()
            .that()
            .resideInAPackage("com.cxcentric.rewards..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.cxcentric.training..");

    @ArchTest
    static final ArchRule theCoreAreasNeverDependOnTrainingRewardsOrTheWeb = noClasses()
            .that()
            .resideInAnyPackage(CORE_AREAS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.cxcentric.training..", "com.cxcentric.rewards..", "com.cxcentric.web..");

    @ArchTest
    static final ArchRule onlyTheWebLayerKnowsTheWebLayer = noClasses()
            .that()
            .resideOutsideOfPackage("com.cxcentric.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.cxcentric.web..");

    @ArchTest
    static final ArchRule noAreaCallsAnotherAreasControlFromTheWeb = noClasses()
            .that()
            .resideInAPackage("com.cxcentric.organization..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.cxcentric.training.control..", "com.cxcentric.outcomes.control..");
}
