package com.cxcentric.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.cxcentric.platform.Offered;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency rules of docs/ARCHITECTURE.md and of the package-infos' "may not", checked on the
 * compiled classes of every module (cx-web sees them all), so that a broken rule fails the build
 * and an inline fully qualified name hides nothing. A class's module is the jar (or classes folder)
 * it was loaded from, so the rules are about the Maven modules themselves, not about package names.
 */
@AnalyzeClasses(
        packages = "com.cxcentric",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleRulesTest.WithoutTestJars.class})
class ModuleRulesTest {

    private static final String TRAINING = "com.cxcentric.training..";
    private static final String REWARDS = "com.cxcentric.rewards..";
    private static final String WEB = "com.cxcentric.web..";
    private static final String VISION = "com.cxcentric.vision..";
    private static final String[] CORE_AREAS = {
        "com.cxcentric.organization..",
        "com.cxcentric.segmentation..",
        "com.cxcentric.notification..",
        "com.cxcentric.outcomes.."
    };

    @ArchTest
    static final ArchRule everyModuleDependsOnlyOnTheModulesBelowIt =
            classes().that().resideInAPackage("com.cxcentric..").should(dependOnlyOnModulesBelow());

    @ArchTest
    static final ArchRule noPackageIsSplitAcrossTwoModules =
            classes().that().resideInAPackage("com.cxcentric..").should(liveInTheOnlyModuleOfTheirPackage());

    @ArchTest
    static final ArchRule noPackageCycle =
            slices().matching("com.cxcentric.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule trainingNeverDependsOnRewards = noClasses()
            .that()
            .resideInAPackage(TRAINING)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(REWARDS);

    @ArchTest
    static final ArchRule rewardsNeverDependsOnTraining = noClasses()
            .that()
            .resideInAPackage(REWARDS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(TRAINING);

    /** The vision collects training's and rewards' heatmap figures through com.cxcentric.rollout, never by calling them. */
    @ArchTest
    static final ArchRule visionNeverDependsOnTrainingOrRewards = noClasses()
            .that()
            .resideInAPackage(VISION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TRAINING, REWARDS);

    /** The package-infos of organization, segmentation and outcomes: "may not touch training or rewards". */
    @ArchTest
    static final ArchRule theCoreAreasNeverDependOnTrainingRewardsOrTheWeb = noClasses()
            .that()
            .resideInAnyPackage(CORE_AREAS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TRAINING, REWARDS, WEB);

    /** security.boundary's package-info: "may read the organization, never training or rewards". */
    @ArchTest
    static final ArchRule securityNeverDependsOnTrainingOrRewards = noClasses()
            .that()
            .resideInAPackage("com.cxcentric.security..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TRAINING, REWARDS);

    @ArchTest
    static final ArchRule onlyTheWebLayerKnowsTheWebLayer = noClasses()
            .that()
            .resideOutsideOfPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(WEB);

    /** Modules react to one another through CDI events, never by calling into a control they are not offered. */
    @ArchTest
    static final ArchRule noModuleCallsAControlItIsNotOffered = classes()
            .that()
            .resideInAPackage("com.cxcentric.*.control..")
            .should(beUsedOnlyInsideTheirModuleUnlessOffered());

    /** The control package-infos: "no transaction or security annotations of their own". */
    @ArchTest
    static final ArchRule controlsCarryNoTransactionOrSecurityOfTheirOwn = noClasses()
            .that()
            .resideInAPackage("com.cxcentric.*.control..")
            .should()
            .beAnnotatedWith(Stateless.class)
            .orShould()
            .beAnnotatedWith(Stateful.class)
            .orShould()
            .beAnnotatedWith(TransactionAttribute.class)
            .orShould()
            .beAnnotatedWith(Transactional.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(DenyAll.class);

    /** Every business method of an EJB boundary says who may call it, on the method or on its class. */
    @ArchTest
    static final ArchRule everyBoundaryMethodDeclaresWhoMayCallIt = classes()
            .that()
            .resideInAPackage("com.cxcentric.*.boundary..")
            .and()
            .areAnnotatedWith(Stateless.class)
            .should(declareWhoMayCallEachPublicMethod());

    /** Singletons are the shell's and the schedules': they run as the container, not as a caller. */
    @ArchTest
    static final ArchRule singletonsLiveInBoundaries =
            classes().that().areAnnotatedWith(Singleton.class).should().resideInAPackage("com.cxcentric.*.boundary..");

    private static ArchCondition<JavaClass> dependOnlyOnModulesBelow() {
        return new ArchCondition<>("depend only on the modules below their own (" + Modules.ALLOWED + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = Modules.of(item);
                for (var dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("com.cxcentric")) {
                        continue;
                    }
                    String to = Modules.of(target.getBaseComponentType());
                    if (!from.equals(to)
                            && !Modules.ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                        events.add(SimpleConditionEvent.violated(
                                dependency, from + " may not depend on " + to + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModuleUnlessOffered() {
        return new ArchCondition<>("be used only inside their module and by the web, unless @Offered") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                JavaClass control = item.getBaseComponentType();
                for (var dependency : item.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!mayUse(origin, control)) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                Modules.of(origin) + " calls " + Modules.of(control) + "'s control "
                                        + control.getSimpleName() + ", which that module does not offer: "
                                        + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> declareWhoMayCallEachPublicMethod() {
        return new ArchCondition<>("declare who may call each public method") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (declaresRoles(item)) {
                    return;
                }
                for (JavaMethod method : item.getMethods()) {
                    if (method.getModifiers().contains(JavaModifier.PUBLIC)
                            && !method.getModifiers().contains(JavaModifier.STATIC)
                            && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                            && !declaresRoles(method)) {
                        events.add(SimpleConditionEvent.violated(
                                method,
                                method.getFullName() + " says neither on itself nor on its class who may call it"));
                    }
                }
            }
        };
    }

    private static boolean declaresRoles(HasAnnotations<?> element) {
        return element.isAnnotatedWith(RolesAllowed.class)
                || element.isAnnotatedWith(PermitAll.class)
                || element.isAnnotatedWith(DenyAll.class);
    }

    private static ArchCondition<JavaClass> liveInTheOnlyModuleOfTheirPackage() {
        return new ArchCondition<>("live in the one module that holds their package") {
            private final Map<String, Set<String>> modulesByPackage = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                for (JavaClass c : allObjectsToTest) {
                    modulesByPackage
                            .computeIfAbsent(c.getPackageName(), p -> new TreeSet<>())
                            .add(Modules.of(c));
                }
            }

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Set<String> modules = modulesByPackage.get(item.getPackageName());
                if (modules.size() > 1) {
                    events.add(SimpleConditionEvent.violated(
                            item,
                            item.getName() + " (" + Modules.of(item) + "): package " + item.getPackageName()
                                    + " is split across " + modules));
                }
            }
        };
    }

    /**
     * A control is used inside its own module and by the web (which wires pages to it), unless its
     * module offers it to the modules above (@Offered). The model's helpers are everyone's.
     */
    private static boolean mayUse(JavaClass user, JavaClass control) {
        String owner = Modules.of(control);
        String module = Modules.of(user);
        return owner.equals("cx-model")
                || owner.equals(module)
                || module.equals("cx-web")
                || control.isAnnotatedWith(Offered.class);
    }

    /** The modules' test-jars (their in-container tests) are tests too, wherever Maven resolves them from. */
    static final class WithoutTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** The Maven modules, read from where each class was loaded. */
    static final class Modules {

        static final Map<String, Set<String>> ALLOWED = Map.of(
                "cx-model", Set.of(),
                "cx-people", Set.of("cx-model"),
                "cx-outcomes", Set.of("cx-model", "cx-people"),
                "cx-vision", Set.of("cx-model", "cx-people", "cx-outcomes"),
                "cx-training", Set.of("cx-model", "cx-people", "cx-outcomes"),
                "cx-rewards", Set.of("cx-model", "cx-people", "cx-outcomes"),
                "cx-web", Set.of("cx-model", "cx-people", "cx-outcomes", "cx-vision", "cx-training", "cx-rewards"));

        private Modules() {}

        static String of(JavaClass javaClass) {
            String location = javaClass
                    .getSource()
                    .map(source -> source.getUri().toString())
                    .orElse("");
            String found = "unknown";
            int at = -1;
            for (String module : ALLOWED.keySet()) {
                int index = location.lastIndexOf("/" + module + "/");
                int jar = location.lastIndexOf("/" + module + "-");
                int position = Math.max(index, jar);
                if (position > at) {
                    at = position;
                    found = module;
                }
            }
            return found;
        }
    }
}
