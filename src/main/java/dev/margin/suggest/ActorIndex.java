package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The actor mentions of one article in text order, with the lookups the quote and claim rules need:
 * the mention at an offset, and the most recent fitting mention before one (for pronouns and
 * definite descriptions such as "the ministry").
 */
final class ActorIndex {
    /** How far back a pronoun or "the minister" may look for its antecedent, in characters. */
    static final int ANTECEDENT_WINDOW = 3000;
    /** Body words that point back only to a body of their kind: "aus dem Ministerium" is no company named before. */
    private static final Set<String> OWN_KIND_ONLY = Set.of("ministerium", "ministeriums", "gericht", "gerichts");
    private final List<Mention> mentions;
    private final TextLayout layout;
    private final LanguageProfile language;
    private final RoleMatch roleMatch;

    ActorIndex(List<Mention> mentions, TextLayout layout, LanguageProfile language) {
        this.language = language;
        this.roleMatch = new RoleMatch(language);
        this.mentions = List.copyOf(mentions);
        this.layout = layout;
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The entity of that canonical name the article mentions, or null. */
    ActorEntity entityNamed(String name) {
        return mentions.stream().map(Mention::entity).filter(e -> e.name.equals(name)).findFirst().orElse(null);
    }

    /** The mention covering {@code offset}, or null. */
    Mention at(int offset) {
        int index = lastStartingAtOrBefore(offset);
        if (index >= 0 && mentions.get(index).end() > offset) {
            return mentions.get(index);
        }
        return null;
    }

    /** The index of the first mention starting at or after {@code offset} (the mentions' count when none does). */
    int firstStartingFrom(int offset) {
        return lastStartingAtOrBefore(offset - 1) + 1;
    }

    private int lastStartingAtOrBefore(int offset) {
        int low = 0;
        int high = mentions.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /**
     * The person a "he" / "she" at {@code offset} most likely means: the most recent person mentioned
     * before it, outside quotations, whose known gender does not contradict it.
     */
    /** For {@link #personBefore}: a person of either gender. */
    static final char ANY_GENDER = '*';

    ActorEntity personBefore(int offset, char gender) {
        return personBefore(offset, gender, ANTECEDENT_WINDOW);
    }

    /** The person named last before {@code offset}, outside quotation marks, within {@code window} characters, that {@code fits}. */
    ActorEntity personBefore(int offset, int window, java.util.function.Predicate<ActorEntity> fits) {
        return lastBefore(offset, window, m -> m.end() <= offset && m.entity().type == ActorType.PERSON && layout.quoteAt(m.start()) == null
                && fits.test(m.entity()));
    }

    /** As {@link #personBefore(int, char)}, looking back no more than {@code window} characters. */
    ActorEntity personBefore(int offset, char gender, int window) {
        return openerOfKnownSex(lastMentionBefore(offset, window, m -> m.end() <= offset && m.entity().type == ActorType.PERSON
                && (gender == ANY_GENDER || m.entity().fitsGender(gender)) && layout.quoteAt(m.start()) == null), gender);
    }

    /**
     * "Owen Pritchard, who joined from the engineer Tarrant Holt, says … He concedes": when {@code found}'s sex is unknown,
     * the person its sentence opens with, known to be of the pronoun's {@code gender}, is the likelier one.
     */
    private ActorEntity openerOfKnownSex(Mention found, char gender) {
        if (found == null || gender == ANY_GENDER || found.entity().gender != '-') {
            return found == null ? null : found.entity();
        }
        Sentence sentence = layout.sentenceAt(found.start());
        for (int i = sentence == null ? -1 : lastStartingAtOrBefore(found.start() - 1); i >= 0 && mentions.get(i).start() >= sentence.start(); i--) {
            Mention m = mentions.get(i);
            boolean first = i == 0 || mentions.get(i - 1).start() < sentence.start();
            if (first && m.entity() != found.entity() && m.entity().type == ActorType.PERSON && m.entity().gender == gender
                    && layout.quoteAt(m.start()) == null) {
                return m.entity();
            }
        }
        return found.entity();
    }

    /**
     * As {@link #personBefore(int, char)}, passing over someone named as the one a person of the same sex told something
     * ("“…,” he told Fox News’ host Dale Whitacre. Later he said …": the teller goes on, not the host).
     */
    ActorEntity tellerBefore(int offset, char gender) {
        ActorEntity teller = openerOfKnownSex(lastMentionBefore(offset, ANTECEDENT_WINDOW, m -> m.end() <= offset
                && m.entity().type == ActorType.PERSON && m.entity().fitsGender(gender) && layout.quoteAt(m.start()) == null
                && !toldBySameSex(m, gender)), gender);
        return teller != null ? teller : personBefore(offset, gender);
    }

    /** Whether {@code m} is named as the one told something by a pronoun of {@code gender}: "he told … Dale Whitacre". */
    boolean toldBySameSex(Mention m, char gender) {
        int index = layout.firstTokenFrom(m.start());
        for (int k = index - 1; k >= 1 && k >= index - 5; k--) {
            Token verb = layout.tokens.get(k);
            if (verb.isLowerCase() && language.listenerVerbs.contains(verb.text())) {
                Character teller = language.pronouns.get(layout.tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
                return teller != null && teller == gender;
            }
        }
        return false;
    }

    /** The one person of {@code gender} the article names with a surname cut to its initial ("Dennis K."), or null. */
    ActorEntity onlyPersonWithInitialSurname(char gender) {
        ActorEntity only = null;
        for (Mention m : mentions) {
            ActorEntity e = m.entity();
            if (e.type == ActorType.PERSON && e.fitsGender(gender) && e.name.matches(".+ \\p{Lu}\\.")) {
                if (only != null && only != e) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    /** The person last named before {@code offset} with their age after the name ("Mere Tawhiri, 71,"), or null. */
    ActorEntity personAgedBefore(int offset, String age) {
        return lastBefore(offset, ANTECEDENT_WINDOW, m -> m.entity().type == ActorType.PERSON && age.equals(AgeBesideName.after(layout.text, m.end())));
    }

    /**
     * The person of {@code gender} named last before {@code offset} as a member of {@code party}: "Katrin Albrecht-Gmelin
     * (CDU)", "CSU-Chef Alois Brandstetter". For "die CDU-Politikerin", "der Grünen-Politiker"; null when none is.
     */
    ActorEntity personOfParty(int offset, String party, char gender) {
        String stem = party.endsWith("en") && party.length() > 4 ? party.substring(0, party.length() - 1) : party;
        return lastBefore(offset, ANTECEDENT_WINDOW, m -> m.end() <= offset && m.entity().type == ActorType.PERSON
                && m.entity().fitsGender(gender) && layout.quoteAt(m.start()) == null
                && (layout.text.startsWith(" (" + stem, m.end()) || m.entity().role != null && m.entity().role.startsWith(party + "-")));
    }

    /**
     * The person named last before {@code offset} whose role ends in {@code rolePhrase} ("press secretary" for "White House
     * press secretary Dana Whitlock"), however far back; null when none. For "the press secretary", which "the secretary"
     * alone would give to the agriculture secretary named since.
     */
    ActorEntity personWithRolePhraseBefore(int offset, String rolePhrase) {
        String wanted = rolePhrase.toLowerCase(Locale.ROOT);
        return lastBefore(offset, Integer.MAX_VALUE, m -> m.end() <= offset && m.entity().type == ActorType.PERSON && m.entity().role != null
                && holdsPost(m.entity().role.toLowerCase(Locale.ROOT), wanted));
    }

    /** Words that make a post another one: "the first minister" is not "the deputy first minister". */
    private static final Set<String> OTHER_POST = Set.of("deputy", "vice", "assistant", "shadow", "junior", "associate", "former");

    private static boolean holdsPost(String role, String wanted) {
        if (!role.endsWith(wanted)) {
            return false;
        }
        String before = role.substring(0, role.length() - wanted.length()).strip();
        return before.isEmpty() || !OTHER_POST.contains(before.substring(before.lastIndexOf(' ') + 1));
    }

    /** The body named last before {@code offset} whose name holds {@code noun} ("Landkreis Cuxhaven" for "Landkreis"), or null. */
    ActorEntity bodyNamedWith(int offset, String noun) {
        return bodyNamedWith(offset, noun, ANTECEDENT_WINDOW);
    }

    /** As {@link #bodyNamedWith(int, String)}, looking back no more than {@code window} characters. */
    ActorEntity bodyNamedWith(int offset, String noun, int window) {
        String word = noun.toLowerCase(Locale.ROOT);
        return lastBefore(offset, window, m -> m.entity().type != ActorType.PERSON && m.entity().name.toLowerCase(Locale.ROOT).contains(word));
    }

    /** The organisation or state a "they" at {@code offset} most likely means, or null. */
    ActorEntity collectiveBefore(int offset) {
        return lastBefore(offset, ANTECEDENT_WINDOW,
                m -> m.end() <= offset && m.entity().type != ActorType.PERSON && layout.quoteAt(m.start()) == null);
    }

    /** The entity of the last mention starting before {@code offset}, no more than {@code window} back, that {@code fits}. */
    private ActorEntity lastBefore(int offset, int window, java.util.function.Predicate<Mention> fits) {
        Mention m = lastMentionBefore(offset, window, fits);
        return m == null ? null : m.entity();
    }

    private Mention lastMentionBefore(int offset, int window, java.util.function.Predicate<Mention> fits) {
        for (int i = lastStartingAtOrBefore(offset - 1); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (offset - m.end() > window) {
                return null;
            }
            if (fits.test(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person the article names later with a role holding {@code head}: "‘We will rebuild,’ says mayor" over a story
     * that goes on "Mayor Helen Ashcroft said …". Only a headline looks forward like this. Null when none fits.
     */
    ActorEntity personWithRoleAfter(int offset, String head) {
        String word = head.toLowerCase(Locale.ROOT);
        for (Mention m : mentions) {
            if (m.start() < offset) {
                continue;
            }
            if (m.start() - offset > ANTECEDENT_WINDOW) {
                return null;
            }
            ActorEntity e = m.entity();
            if (e.type == ActorType.PERSON && e.role != null && RoleMatch.containsWord(e.role, word)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The actor a definite description ("the minister", "the ministry", "the company") before
     * {@code offset} refers to: the most recent person whose role has the head word, or organisation
     * whose name has it; "company" and "firm" take the most recent organisation. Null when none fits.
     */
    ActorEntity describedBefore(int offset, String head, boolean anyOrganisation) {
        String word = head.toLowerCase(Locale.ROOT);
        String role = language.roleAcronyms.getOrDefault(word, word);
        boolean anyState = word.equals("government") || word.equals("country") || word.equals("state");
        ActorEntity containing = null;
        ActorEntity unmarked = null; // "der Verein" after a club and then an investor: the club, marked by "FC"
        Set<String> marks = anyOrganisation ? language.bodyAnaphorMarks.get(word) : null;
        for (int i = lastStartingAtOrBefore(offset - 1); i >= 0; i--) {
            Mention m = mentions.get(i);
            ActorEntity e = m.entity();
            boolean far = offset - m.end() > ANTECEDENT_WINDOW;
            if (far && e.type == ActorType.PERSON && m.end() <= offset && e.role != null && roleMatch.holdsRole(e.role, role, word)) {
                // "the press secretary" long after "White House press secretary Monica Threlkeld": the role names her still
                return containing != null ? containing : e;
            }
            boolean farButNamedSo = far && e.type == ActorType.ORGANISATION && RoleMatch.containsWord(e.name, word);
            if (far && marks == null && !farButNamedSo) {
                continue; // ("the committee" far after "Monetary Policy Committee" is that body still)
            }
            if (m.end() > offset || far && !farButNamedSo && !(e.type == ActorType.ORGANISATION && markedBy(e.name, marks))) {
                continue; // (a club may be named at the top of a long match report only)
            }
            if (headedBy(e, word, anyOrganisation)) {
                // "the district" after "U.S. District Court" and "Meramec Valley Levee District": the body it heads; of
                // two in reach, the one named more ("die Bank" is the story's bank, not the analyst's)
                ActorEntity other = headedBefore(m.start(), word, e, anyOrganisation);
                return other != null && mentionsBefore(other, offset) > mentionsBefore(e, offset) ? other : e;
            }
            boolean fits = switch (e.type) {
                case PERSON -> e.role != null && roleMatch.holdsRole(e.role, role, word);
                case ORGANISATION, GROUP, OTHER -> anyOrganisation && !OWN_KIND_ONLY.contains(word) || RoleMatch.containsWord(e.name, word);
                case STATE -> anyState;
            };
            if (fits && (e.type == ActorType.PERSON || e.type == ActorType.STATE)) {
                return containing != null ? containing : e;
            }
            if (fits && marks != null) {
                // of the clubs in reach, the one the article names most (the story's own club, not its opponent)
                boolean marked = markedBy(e.name, marks);
                unmarked = unmarked == null && !marked ? e : unmarked;
                containing = marked && (containing == null || mentionsBefore(e, offset) > mentionsBefore(containing, offset)) ? e : containing;
            } else if (fits && containing == null) {
                containing = e;
            }
        }
        return containing != null ? containing : unmarked;
    }

    /** Another body headed by {@code word} named in reach before {@code offset}, other than {@code found}, or null. */
    private ActorEntity headedBefore(int offset, String word, ActorEntity found, boolean anyOrganisation) {
        for (int i = lastStartingAtOrBefore(offset - 1); i >= 0 && offset - mentions.get(i).end() <= ANTECEDENT_WINDOW; i--) {
            ActorEntity e = mentions.get(i).entity();
            if (e != found && headedBy(e, word, anyOrganisation)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether {@code word} heads the body {@code e}'s name: "des Gerichts" after "Landgericht Regensburg", "des
     * Ministeriums" after "Gesundheitsministerium" (any part of the name), "the district" after "U.S. District Court".
     */
    private boolean headedBy(ActorEntity e, String word, boolean anyOrganisation) {
        String name = e.name.toLowerCase(Locale.ROOT);
        boolean body = e.type == ActorType.ORGANISATION || e.type == ActorType.GROUP || e.type == ActorType.OTHER;
        return body && (anyOrganisation ? name.contains(stem(word)) || writtenWith(e, stem(word)) : name.endsWith(" " + word));
    }

    private int mentionsBefore(ActorEntity entity, int offset) {
        int count = 0;
        for (Mention m : mentions) {
            count += m.entity() == entity && m.end() <= offset ? 1 : 0;
        }
        return count;
    }

    private static boolean markedBy(String name, Set<String> marks) {
        for (String part : name.split("[\\s-]+")) {
            if (marks.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some mention of {@code entity} is written with {@code word} ("die Gewerkschaft Verdi" for Verdi). */
    private boolean writtenWith(ActorEntity entity, String word) {
        for (Mention m : mentions) {
            boolean wordAfter = layout.text.regionMatches(true, m.end(), " " + word, 0, word.length() + 1); // "the UFCW union"
            if (m.entity() == entity && (wordAfter || layout.text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT).contains(word))) {
                return true;
            }
        }
        return false;
    }

    /** A German genitive's stem: "gerichts" → "gericht", "verbandes" → "verband", "bündnisses" → "bündnis". */
    private static String stem(String word) {
        return word.endsWith("nisses") ? word.substring(0, word.length() - 3)
                : word.endsWith("es") && word.length() > 5 ? word.substring(0, word.length() - 2)
                : word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }

    /** Whether {@code lower} is a role written as an acronym ("ceo"). */
    boolean isRoleAcronym(String lower) {
        return language.roleAcronyms.containsKey(lower);
    }

    /**
     * "schreiben die Volkswirte der Notenbank", "sagten die Experten des Instituts": people of a body, in the plural
     * ("die" and no feminine "-in"), speak for the body named in the genitive after them. A role whose singular is
     * feminine or either ("die Klubobfrau der Grünen", "die Vorsitzende der Grünen") is one woman, not the body's staff.
     */
    boolean staffOfBody(List<Token> phrase) {
        Token noun = phrase.get(1);
        Mention body = phrase.size() > 3 && (phrase.get(2).text().equals("der") || phrase.get(2).text().equals("des"))
                ? at(phrase.get(3).start()) : null;
        char role = language.titleGender(noun.text());
        return phrase.get(0).text().equalsIgnoreCase("die") && !noun.text().endsWith("in") && role != 'F' && role != '-'
                && body != null && body.entity().type != ActorType.PERSON;
    }

    /** "Die Geschäftsführung der Vogelsberger Kreiskliniken": the body named after the body word, or null. */
    ActorEntity bodyNamedAfter(List<Token> phrase, int headIndex) {
        for (Token word : phrase.subList(headIndex + 1, phrase.size())) {
            Mention inside = at(word.start());
            if (inside != null && inside.entity().type != ActorType.PERSON) {
                return inside.entity();
            }
        }
        return null;
    }
}
