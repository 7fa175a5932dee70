package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom American copy makes a member of a party, for "the Ohio Democrat" and "the Republican": a tag after the name,
 * "Sen. Curtis Hale (R-Ky.)" or AP's "Rep. Carl Haugen, R-Wis.,", or the party's adjective in the words before it,
 * "Democratic Gov. Marian Kessler", "her Republican challenger, former Majority Leader Doug Brandvold".
 */
final class PartyMembership {
    /** Words allowed between a party's adjective and the name it describes, besides roles and titles. */
    private static final Set<String> BETWEEN = Set.of("the", "a", "an", "her", "his", "their", "former", "state", "longtime",
            "incumbent", "first-term", "two-term", "veteran", "then");

    private final TextLayout layout;
    private final LanguageProfile language;
    private final ActorIndex actors;

    PartyMembership(TextLayout layout, LanguageProfile language, ActorIndex actors) {
        this.layout = layout;
        this.language = language;
        this.actors = actors;
    }

    /**
     * The person last named before {@code offset} whom the text makes a member of {@code party} (and, unless null, of
     * {@code state}'s delegation). Null when none is.
     */
    ActorEntity memberBefore(int offset, String party, String state) {
        List<Mention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.entity().type == ActorType.PERSON && m.end() <= offset && (tagged(m, party, state) || state == null && describedAs(m, party))) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * The US state {@code words} call a person from ("Texan", "South Carolinian"; {@code state-demonyms.txt}), or null.
     */
    static String stateCalled(LanguageProfile language, List<Token> words) {
        String joined = words.stream().map(Token::text).collect(java.util.stream.Collectors.joining("-"));
        return language.stateDemonyms.get(joined.toLowerCase(Locale.ROOT));
    }

    /**
     * "Rep. Bradley K. Voss (R-Tex.) … the Texan said": the person last named before {@code offset} whose party tag gives
     * {@code state}, of whatever party. Null when none is.
     */
    ActorEntity fromStateBefore(int offset, String state) {
        List<Mention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.entity().type == ActorType.PERSON && m.end() <= offset
                    && (tagged(m, "R", state) || tagged(m, "D", state) || tagged(m, "I", state))) {
                return m.entity();
            }
        }
        return null;
    }

    /** Whether mention {@code m} is tagged with {@code party}'s initial and, unless null, {@code state}. */
    boolean tagged(Mention m, String party, String state) {
        String text = layout.text;
        int from;
        if (text.startsWith(" (" + party.charAt(0) + "-", m.end())) {
            from = m.end() + 4;
        } else if (text.startsWith(", " + party.charAt(0) + "-", m.end())) {
            from = m.end() + 4;
        } else {
            return false;
        }
        int close = from;
        while (close < text.length() && close < from + 14 && text.charAt(close) != ')' && text.charAt(close) != ',') {
            close++;
        }
        if (close >= text.length() || close >= from + 14) {
            return false;
        }
        return state == null || state.equals(language.stateTags.get(text.substring(from, close).toLowerCase(Locale.ROOT)));
    }

    /** Whether the party's adjective stands in the few words before mention {@code m}, with nobody else named between. */
    boolean describedAs(Mention m, String party) {
        String adjective = party.equals("Democrat") ? "Democratic" : party;
        int index = layout.firstTokenFrom(m.start()) - 1;
        Sentence sentence = layout.sentenceAt(m.start());
        for (int k = index; k >= 0 && k > index - 9 && sentence != null && layout.tokens.get(k).start() >= sentence.start(); k--) {
            Token t = layout.tokens.get(k);
            if (t.text().equals(adjective) || t.text().equals(party) || party.equals("Republican") && t.text().equals("GOP")) {
                return true;
            }
            Mention other = actors.at(t.start());
            if (other != null && other.entity().type == ActorType.PERSON && other.entity() != m.entity()
                    || t.isLowerCase() && !BETWEEN.contains(t.text()) && !RoleFinder.ROLE_HEADS.contains(t.text())) {
                return false;
            }
        }
        return false;
    }
}
