package dev.margin.suggest;

import java.util.Set;

/**
 * What the article itself says about a single capitalised word, for the {@link SingleNameResolver}: that it names a
 * storm ("Hurricane Tobias"), a form of address ("Herr Kollege"), a given name the text calls one ("gave only her first
 * name, Marisol"), or a word only speakers use.
 */
final class OneWordNames {
    private final Lexicon lexicon;
    private final TextLayout layout;

    OneWordNames(Lexicon lexicon, TextLayout layout) {
        this.lexicon = lexicon;
        this.layout = layout;
    }

    /** Nouns that German addresses people by after "Herr" or "Frau", besides its titles. */
    static final Set<String> ADDRESSED_AS = Set.of("Kollege", "Kollegin", "Abgeordneter", "Abgeordnete", "Nachbar", "Nachbarin");

    /** "Herr Kollege", "Frau Präsidentin": a German form of address with a role, after {@code role} "Herr" or "Frau". */
    boolean addressedByRole(String name, String role) {
        return lexicon.languageCode().equals("de") && ("Herr".equals(role) || "Frau".equals(role))
                && (ADDRESSED_AS.contains(name) || lexicon.isTitle(name));
    }

    /** A storm's kind before its name: "Hurricane Tobias", "Typhoon Haiyan", "Sturmtief Xaver", „Tief Bernd“. */
    private static final java.util.regex.Pattern STORM = java.util.regex.Pattern.compile(
            "\\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm|Hurrikan|Taifun|Zyklon|Sturm|Sturmtief|Orkan|Orkantief|Tief|Hoch) [„\"“‘']?(\\p{Lu}\\p{L}+)");

    /** The names the article gives storms, which no person bears in it. */
    Set<String> stormNames() {
        Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher storm = STORM.matcher(layout.text);
        while (storm.find()) {
            names.add(storm.group(1));
        }
        return names;
    }

    /** "who gave only her first name, Marisol,", "identified only as Ray": the text itself calls the word a given name. */
    private static final java.util.regex.Pattern FIRST_NAME_BEFORE = java.util.regex.Pattern.compile(
            "(?:first name|given name|identified only as|identified as|known only as|named only as),? $");

    boolean givenAsFirstName(Token token) {
        String before = layout.text.substring(Math.max(0, token.start() - 24), token.start());
        return lexicon.languageCode().equals("en") && FIRST_NAME_BEFORE.matcher(before).find();
    }

    /** Whether every use of {@code word} in the article stands inside quotation marks. */
    boolean onlyInQuotes(String word) {
        for (Token t : layout.tokens) {
            if (t.text().equals(word) && layout.quoteAt(t.start()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "für einen Schweizer Pharmakonzern", "Verkehrsunternehmen warnen": a German compound naming a kind of company, or
     * a body's compound after a role, is nobody's name.
     */
    boolean germanKindOfCompany(String name, String role) {
        return lexicon.languageCode().equals("de") && (lexicon.language().isCompanyKindCompound(name)
                || role != null && lexicon.language().isCompoundBody(name));
    }

    /**
     * "der Flüchtlingsrat spricht von …" where the article also writes "Der Hessische Flüchtlingsrat": the one body of the
     * article whose name ends with the German word, or null (a council's "-rat" may be a person's title, "der Landrat",
     * so such a word counts only after an article and only when a body ends with it).
     */
    ActorEntity germanBodyEndingWith(Token token, ActorRegistry registry) {
        String name = token.text();
        if (!lexicon.languageCode().equals("de") || lexicon.isGivenName(name)
                || !lexicon.language().isCompoundBody(name) && !(afterArticle(token) && name.endsWith("rat"))) {
            return null;
        }
        return registry.organisationEndingWith(name);
    }

    /** Whether an article of the language stands right before {@code token} ("der Flüchtlingsrat"). */
    private boolean afterArticle(Token token) {
        int index = layout.firstTokenFrom(token.start()) - 1;
        return index >= 0 && lexicon.language().determiners.contains(layout.tokens.get(index).text().toLowerCase(java.util.Locale.ROOT))
                && layout.onlySpacesBetween(layout.tokens.get(index).end(), token.start());
    }
}
