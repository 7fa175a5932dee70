package dev.margin.ui.review;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.margin.store.Store;
import dev.margin.ui.stats.StatsTab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review window and the read-only commands reach the library through services only, and the window's
 * feature packages ({@code ui.review}, {@code ui.actors}, ... ) do not depend on each other in a circle. Each rule is also run on a planted violation
 * (a class of this test), to show it can fail.
 */
class ReviewArchitectureTest {
    private static final String[] REVIEW_PACKAGES = {"dev.margin.ui.review..", "dev.margin.ui.actors..", "dev.margin.ui.claims..",
            "dev.margin.ui.stats.."};

    private static final ArchRule REVIEW_WINDOW_SEES_NO_STORE = noClasses().that().resideInAnyPackage(REVIEW_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("dev.margin.store..")
            .because("the review window reads and changes the library through services (ReviewQueries, ActorService, ClaimService)");

    private static final ArchRule READ_COMMANDS_SEE_NO_STORE = noClasses()
            .that().haveFullyQualifiedName("dev.margin.cli.ListCommand")
            .or().haveFullyQualifiedName("dev.margin.cli.ShowCommand")
            .or().haveFullyQualifiedName("dev.margin.cli.ExportCommand")
            .or().haveFullyQualifiedName("dev.margin.cli.ActorNames")
            .or().haveFullyQualifiedName("dev.margin.cli.AnnotationLabels")
            .should().dependOnClassesThat(DescribedPredicate.describe("are in dev.margin.store but DataDirectory",
                    target -> target.getPackageName().startsWith("dev.margin.store")
                            && !target.getName().equals("dev.margin.store.DataDirectory")))
            .because("list, show and export open the library's services, never its store");

    private static final ArchRule NO_CYCLES_AMONG_UI_PACKAGES = slices().matching("dev.margin.ui.(*)..")
            .should().beFreeOfCycles()
            .because("the review window assembles its tabs through ReviewTab; the tabs depend on it, not it on them");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // Only Margin's own classes matter here; resolving every JavaFX and library class they touch takes a minute.
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            main = new ClassFileImporter().importPath(Path.of("target/classes"));
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void theReviewWindowSeesNoStore() {
        REVIEW_WINDOW_SEES_NO_STORE.check(main);
        assertThatThrownBy(() -> REVIEW_WINDOW_SEES_NO_STORE.check(new ClassFileImporter().importClasses(PlantedStoreUse.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedStoreUse");
    }

    @Test
    void theReadCommandsSeeNoStore() {
        READ_COMMANDS_SEE_NO_STORE.check(main);
    }

    @Test
    void theWindowsPackagesHaveNoCycles() {
        NO_CYCLES_AMONG_UI_PACKAGES.check(main);
        JavaClasses withPlanted = new ClassFileImporter().importClasses(PlantedCycle.class, StatsTab.class, ReviewContext.class);
        assertThatThrownBy(() -> NO_CYCLES_AMONG_UI_PACKAGES.check(withPlanted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }

    /** A planted violation: a class of the review package holding the store. */
    static final class PlantedStoreUse {
        Store store;
    }

    /** A planted violation: the review package reaching back into a tab that depends on it. */
    static final class PlantedCycle {
        StatsTab tab;
    }
}
