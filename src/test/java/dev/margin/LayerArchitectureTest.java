package dev.margin;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static dev.margin.ArchitectureRules.noneExempt;

/**
 * Keeps the layer arrows pointing one way, over the compiled main classes (ArchUnit, in the manner of
 * JabRef's architecture tests): ui and cli -> service -> store (contracts) <- store.sqlite; domain below all;
 * importer, export, anchoring and suggest pure. The rules themselves are in {@link ArchitectureRules};
 * docs/ARCHITECTURE-TESTS.md records, for each, the planted violation that made it fail.
 */
@AnalyzeClasses(packages = "dev.margin", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule layersDependOnlyDownwards =
            ArchitectureRules.layersDependOnlyDownwards(noneExempt());

    @ArchTest
    static final ArchRule onlyTheCompositionRootsKnowSqlite =
            ArchitectureRules.onlyTheCompositionRootsKnowSqlite(noneExempt());

    @ArchTest
    static final ArchRule onlyTheCompositionRootsKnowPostgres =
            ArchitectureRules.onlyTheCompositionRootsKnowPostgres(noneExempt());

    @ArchTest
    static final ArchRule windowAndCommandLineDoNotUseTheStore =
            ArchitectureRules.windowAndCommandLineDoNotUseTheStore(noneExempt());

    @ArchTest
    static final ArchRule nothingBelowTheWindowUsesJavaFx =
            ArchitectureRules.nothingBelowTheWindowUsesJavaFx(noneExempt());

    @ArchTest
    static final ArchRule onlyStoreSqliteUsesJdbc =
            ArchitectureRules.onlyStoreSqliteUsesJdbc(noneExempt());

    @ArchTest
    static final ArchRule windowPackagesAreFreeOfCycles =
            ArchitectureRules.windowPackagesAreFreeOfCycles(noneExempt());
}
