package dev.margin.ui.common;

import dev.margin.domain.AnnotationKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Locale;

/** Builds the Material Design icons the window uses, and the icon of each annotation kind. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("margin-icon");
        return icon;
    }

    public static Ikon forKind(AnnotationKind kind) {
        return switch (kind) {
            case QUOTE -> MaterialDesignF.FORMAT_QUOTE_OPEN;
            case ACTOR -> MaterialDesignA.ACCOUNT_OUTLINE;
            case CLAIM -> MaterialDesignS.SCALE_BALANCE;
            case HIGHLIGHT -> MaterialDesignM.MARKER;
        };
    }

    /** The kind's icon, tinted with the kind's colour (style class {@code kind-icon-quote} and so on). */
    public static FontIcon ofKind(AnnotationKind kind) {
        FontIcon icon = of(forKind(kind));
        icon.getStyleClass().add("kind-icon-" + kind.name().toLowerCase(Locale.ROOT));
        return icon;
    }
}
