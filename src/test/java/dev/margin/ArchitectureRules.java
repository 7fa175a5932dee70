package dev.margin;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of docs/ARCHITECTURE.md, each built with the classes whose outgoing dependencies it
 * lets through ({@code exempt}): {@link LayerArchitectureTest} exempts none. The parameter stays so that a
 * planted-violation check (docs/ARCHITECTURE-TESTS.md) or a future large move can freeze a named list the same way.
 */
final class ArchitectureRules {
    static final String UI = "dev.margin.ui..";
    static final String CLI = "dev.margin.cli..";
    static final String SERVICE = "dev.margin.service..";
    static final String STORE_CONTRACTS = "dev.margin.store";
    static final String STORE_SQLITE = "dev.margin.store.sqlite..";
    static final String STORE_POSTGRES = "dev.margin.store.postgres..";
    static final String STORE_JDBC = "dev.margin.store.jdbc..";
    static final String DOMAIN = "dev.margin.domain..";

    /** The libraries of the window: JavaFX, RichTextFX, ControlsFX, AtlantaFX. */
    private static final String[] WINDOW_LIBRARIES = {"javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx.."};
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql.."};

    /**
     * Where the parts are wired together: the jar's main (which also starts the command line), its team libraries
     * (PostgresTeamLibraries, which it hands the command line) and the window's start.
     */
    static final DescribedPredicate<JavaClass> COMPOSITION_ROOTS =
            named("dev.margin.Launcher", "dev.margin.PostgresTeamLibraries", "dev.margin.ui.MarginApp").as("the composition roots");

    /** The data folder's location, which the window and the command line may ask for: it holds no store. */
    private static final DescribedPredicate<JavaClass> DATA_DIRECTORY = named("dev.margin.store.DataDirectory").as("DataDirectory");

    private ArchitectureRules() {
    }

    /**
     * ui and cli -> service -> store <- store.sqlite; importer, export, anchoring, suggest, agreement, notes see only the
     * domain (export also notes).
     */
    static ArchRule layersDependOnlyDownwards(DescribedPredicate<JavaClass> exempt) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("CompositionRoots").definedBy(COMPOSITION_ROOTS)
                .layer("LaunchSupport").definedBy(resideInAPackage("dev.margin").and(not(COMPOSITION_ROOTS)))
                .layer("Ui").definedBy(resideInAPackage(UI).and(not(COMPOSITION_ROOTS)))
                .layer("Cli").definedBy(CLI)
                .layer("Service").definedBy(SERVICE)
                .layer("Store").definedBy(resideInAPackage(STORE_CONTRACTS).and(not(DATA_DIRECTORY)))
                .layer("DataDirectory").definedBy(DATA_DIRECTORY)
                .layer("StoreSqlite").definedBy(STORE_SQLITE)
                .layer("StorePostgres").definedBy(STORE_POSTGRES)
                .layer("StoreJdbc").definedBy(STORE_JDBC)
                .layer("Importer").definedBy("dev.margin.importer..")
                .layer("Export").definedBy("dev.margin.export..")
                .layer("Anchoring").definedBy("dev.margin.anchoring..")
                .layer("Suggest").definedBy("dev.margin.suggest..")
                .layer("Agreement").definedBy("dev.margin.agreement..")
                .layer("Notes").definedBy("dev.margin.notes..")
                .layer("Domain").definedBy(DOMAIN)
                .whereLayer("CompositionRoots").mayNotBeAccessedByAnyLayer()
                .whereLayer("LaunchSupport").mayOnlyBeAccessedByLayers("CompositionRoots")
                .whereLayer("LaunchSupport").mayNotAccessAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("CompositionRoots")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("CompositionRoots")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "CompositionRoots")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "StoreSqlite", "StorePostgres", "CompositionRoots", "DataDirectory")
                .whereLayer("StoreSqlite").mayOnlyBeAccessedByLayers("CompositionRoots")
                .whereLayer("StorePostgres").mayOnlyBeAccessedByLayers("CompositionRoots")
                // what the two stores' JDBC code shares (values, the annotation columns): theirs alone
                .whereLayer("StoreJdbc").mayOnlyBeAccessedByLayers("StoreSqlite", "StorePostgres")
                .whereLayer("StoreJdbc").mayOnlyAccessLayers("Domain")
                .whereLayer("Importer").mayOnlyAccessLayers("Domain")
                // a note reads the same in the window and in every export: one reading, in notes
                .whereLayer("Export").mayOnlyAccessLayers("Domain", "Notes")
                .whereLayer("Anchoring").mayOnlyAccessLayers("Domain")
                .whereLayer("Suggest").mayOnlyAccessLayers("Domain")
                .whereLayer("Agreement").mayOnlyAccessLayers("Domain")
                .whereLayer("Notes").mayOnlyAccessLayers("Domain")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                // an unusable data folder is reported as the store's StoreException
                .whereLayer("DataDirectory").mayOnlyAccessLayers("Store")
                .ignoreDependency(exempt, alwaysTrue())
                .as("layers depend only downwards: ui and cli -> service -> store <- store.sqlite, store.postgres, the pure layers on domain");
    }

    static ArchRule onlyTheCompositionRootsKnowSqlite(DescribedPredicate<JavaClass> exempt) {
        return noClasses().that(not(COMPOSITION_ROOTS)).and().resideOutsideOfPackage(STORE_SQLITE).and(not(exempt))
                .should().dependOnClassesThat().resideInAPackage(STORE_SQLITE)
                .as("only the composition roots know store.sqlite");
    }

    static ArchRule onlyTheCompositionRootsKnowPostgres(DescribedPredicate<JavaClass> exempt) {
        return noClasses().that(not(COMPOSITION_ROOTS)).and().resideOutsideOfPackage(STORE_POSTGRES).and(not(exempt))
                .should().dependOnClassesThat().resideInAPackage(STORE_POSTGRES)
                .as("only the composition roots know store.postgres");
    }

    static ArchRule windowAndCommandLineDoNotUseTheStore(DescribedPredicate<JavaClass> exempt) {
        return noClasses().that().resideInAnyPackage(UI, CLI).and(not(COMPOSITION_ROOTS)).and(not(exempt))
                .should().dependOnClassesThat(resideInAnyPackage(STORE_CONTRACTS, STORE_SQLITE, STORE_POSTGRES).and(not(DATA_DIRECTORY)))
                .as("the window and the command line reach the library through services, never through dev.margin.store");
    }

    static ArchRule nothingBelowTheWindowUsesJavaFx(DescribedPredicate<JavaClass> exempt) {
        return noClasses().that().resideOutsideOfPackage(UI).and(not(exempt))
                .should().dependOnClassesThat().resideInAnyPackage(WINDOW_LIBRARIES)
                .as("nothing below ui uses JavaFX, RichTextFX, ControlsFX or AtlantaFX");
    }

    static ArchRule onlyStoreSqliteUsesJdbc(DescribedPredicate<JavaClass> exempt) {
        return noClasses().that().resideOutsideOfPackages(STORE_SQLITE, STORE_POSTGRES, STORE_JDBC).and(not(exempt))
                .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                .as("java.sql, org.sqlite and org.postgresql are used only in store.sqlite, store.postgres and what they share, store.jdbc");
    }

    static ArchRule windowPackagesAreFreeOfCycles(DescribedPredicate<JavaClass> exempt) {
        return slices().matching("dev.margin.ui.(*)..").should().beFreeOfCycles()
                .ignoreDependency(exempt, alwaysTrue())
                .as("the packages of the window are free of cycles");
    }

    static DescribedPredicate<JavaClass> noneExempt() {
        return DescribedPredicate.<JavaClass>alwaysFalse().as("none exempt");
    }

    private static String topLevelNameOf(JavaClass javaClass) {
        String className = javaClass.getBaseComponentType().getName();
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    /** The named top-level classes, with their nested classes. */
    private static DescribedPredicate<JavaClass> named(String... classNames) {
        Set<String> names = Set.of(classNames);
        return DescribedPredicate.describe(String.join(", ", classNames), javaClass -> names.contains(topLevelNameOf(javaClass)));
    }
}
