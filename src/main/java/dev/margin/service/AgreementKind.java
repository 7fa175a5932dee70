package dev.margin.service;

import java.util.Arrays;
import java.util.Locale;

/** What agreement is measured on: where quotes are, who speaks them, which actors are mentioned, claims, verdicts. */
public enum AgreementKind {
    QUOTE_SPANS("quote spans"),
    SPEAKERS("speakers"),
    ACTOR_MENTIONS("actor mentions"),
    CLAIMS("claims"),
    CLAIM_VERDICTS("claim verdicts");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The command line's name: quote-spans, speakers, actor-mentions, claims, claim-verdicts. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AgreementKind ofCliName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.cliName().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + name + "\": use "
                        + String.join(", ", Arrays.stream(values()).map(AgreementKind::cliName).toList())));
    }
}
