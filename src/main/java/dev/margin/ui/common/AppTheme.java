package dev.margin.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two AtlantaFX themes the View menu switches between; the choice is remembered in the settings. */
public enum AppTheme {
    LIGHT, DARK;

    /** Makes this theme the user-agent stylesheet of every window. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The theme stored under a settings value, LIGHT when unknown. */
    public static AppTheme parse(String value) {
        return "DARK".equalsIgnoreCase(value) ? DARK : LIGHT;
    }
}
