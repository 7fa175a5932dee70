package dev.margin.ui.common;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.control.Alert;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every dialog and secondary window is made by {@link Dialogs}, so each gets a least size that holds under window
 * managers that map new windows tiny (issue 16, item 12). A subclass of a dialog may exist if {@link Dialogs#prepare}
 * sizes it; its constructor's call of its parent's is allowed. The rule is also run on a planted violation.
 */
class DialogFactoryRuleTest {
    private static final Set<String> MADE_BY_THE_FACTORY = Set.of("javafx.scene.control.Alert", "javafx.scene.control.Dialog",
            "javafx.scene.control.TextInputDialog", "javafx.scene.control.ChoiceDialog", "javafx.stage.Stage");

    private static final DescribedPredicate<JavaConstructorCall> MAKES_A_DIALOG_OR_WINDOW = DescribedPredicate.describe(
            "make an Alert, Dialog, TextInputDialog, ChoiceDialog or Stage",
            call -> MADE_BY_THE_FACTORY.contains(call.getTargetOwner().getName())
                    && !isSuperCall(call));

    static final ArchRule DIALOGS_COME_FROM_THE_FACTORY = noClasses().that().doNotHaveFullyQualifiedName(Dialogs.class.getName())
            .should().callConstructorWhere(MAKES_A_DIALOG_OR_WINDOW)
            .because("dev.margin.ui.common.Dialogs gives every dialog and window its owner, title and a least size that holds");

    private static boolean isSuperCall(JavaConstructorCall call) {
        return call.getOrigin().getName().equals("<init>")
                && call.getOrigin().getOwner().getRawSuperclass().map(parent -> parent.getName().equals(call.getTargetOwner().getName())).orElse(false);
    }

    private static JavaClasses imported(ClassFileImporter importer, java.util.function.Function<ClassFileImporter, JavaClasses> how) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return how.apply(importer);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void everyDialogAndWindowOfTheAppComesFromTheFactory() {
        DIALOGS_COME_FROM_THE_FACTORY.check(imported(new ClassFileImporter(), importer -> importer.importPath(Path.of("target/classes"))));
    }

    @Test
    void theRuleFailsOnADialogMadeElsewhere() {
        JavaClasses planted = imported(new ClassFileImporter(), importer -> importer.importClasses(PlantedAlert.class));
        assertThatThrownBy(() -> DIALOGS_COME_FROM_THE_FACTORY.check(planted)).hasMessageContaining("PlantedAlert");
    }

    /** A planted violation: an alert made without the factory. */
    static final class PlantedAlert {
        Alert make() {
            return new Alert(Alert.AlertType.INFORMATION);
        }
    }
}
