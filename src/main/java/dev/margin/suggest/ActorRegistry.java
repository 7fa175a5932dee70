package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actors and mentions found so far in one article: one {@link ActorEntity} per canonical name (so
 * every mention of a name shares it), what a person's title, role words and appositions say about them,
 * and the library's known actors as entities of their own.
 */
final class ActorRegistry {
    private final Lexicon lexicon;
    private final TextLayout layout;
    // (in the order the article names them: where two actors share a surname or initials, the first named is meant)
    private final Map<String, ActorEntity> entities = new java.util.LinkedHashMap<>();
    private final Map<Actor, ActorEntity> knownEntities = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    ActorRegistry(Lexicon lexicon, TextLayout layout) {
        this.lexicon = lexicon;
        this.layout = layout;
    }

    /**
     * The entity named {@code name}, made with {@code type} the first time. A German body's declined name is one body
     * whatever its case ("des Deutschen Wetterdienstes", "der Deutsche Wetterdienst": {@link GermanBodyNames}), named
     * as the article first wrote it, for the form without article may never stand in the text (but a body's own word
     * loses its genitive: "des Robert Koch-Instituts" is "Robert Koch-Institut").
     */
    ActorEntity entity(String name, ActorType type) {
        if (type != ActorType.ORGANISATION || !lexicon.languageCode().equals("de")) {
            return entities.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ActorEntity(name, type, null));
        }
        String asWritten = GermanBodyNames.withoutArticle(name);
        String nominative = GermanBodyNames.nominative(asWritten, lexicon.language());
        // (with declined adjectives the name stays as written, "Statistischen Bundesamts", not half mended)
        String written = nominative.equals(asWritten) ? GermanBodyNames.withoutGenitive(asWritten, lexicon) : asWritten;
        String key = nominative.toLowerCase(Locale.ROOT);
        for (String stem : LanguageProfile.genitiveStems(key)) {
            // "des Robert Koch-Instituts" after "das Robert Koch-Institut": the one body in the genitive
            if (entities.containsKey(stem) && entities.get(stem).type == ActorType.ORGANISATION) {
                return entities.get(stem);
            }
        }
        return entities.computeIfAbsent(key, k -> new ActorEntity(written, type, null));
    }

    /** The entity of an actor from the library. */
    ActorEntity knownEntity(Actor actor) {
        return knownEntities.computeIfAbsent(actor, a -> {
            ActorEntity entity = new ActorEntity(a.name(), a.type(), a.id() > 0 ? a.id() : null);
            entity.learnRole(a.description().isBlank() ? null : a.description());
            if (a.type() == ActorType.PERSON) {
                entity.learnGender(lexicon.nameGender(entity.givenName()));
            }
            entities.putIfAbsent(a.name().toLowerCase(Locale.ROOT), entity);
            return entity;
        });
    }

    /** The entity already known by {@code name} (any case), or null. */
    ActorEntity named(String name) {
        return entities.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The canonical form of a name written with a nickname in marks ({@code nickname} finds " “Joe” "): the nickname and
     * the surname when a person was named so before ("Joe Moretti" in the headline, "Giuseppe “Joe” Moretti" below),
     * else the name without the nickname ("Harold “Hal” Pruett" is Harold Pruett).
     */
    String calledByNickname(String written, java.util.regex.Pattern nickname) {
        java.util.regex.Matcher m = nickname.matcher(written);
        if (m.find()) {
            String called = m.group().strip().replaceAll("[\"“”]", "") + written.substring(written.lastIndexOf(' '));
            ActorEntity before = named(called);
            if (before != null && before.type == ActorType.PERSON) {
                return before.name;
            }
        }
        return nickname.matcher(written).replaceAll(" ");
    }

    /** Makes {@code alias} another name of {@code entity} unless it names one already. */
    void alias(String alias, ActorEntity entity) {
        entities.putIfAbsent(alias.toLowerCase(Locale.ROOT), entity);
    }

    Collection<ActorEntity> entities() {
        return entities.values();
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The mention added last, or null. */
    Mention lastMention() {
        return mentions.isEmpty() ? null : mentions.getLast();
    }

    void addMention(int start, int end, ActorEntity entity, double confidence) {
        mentions.add(new Mention(start, end, entity, confidence));
    }

    /** A person's mention, learning gender from the title and given name, and a role from the words around. */
    void addPerson(int start, int end, String name, String titleRole, char titleGender, double confidence) {
        ActorEntity person = entity(name, ActorType.PERSON);
        person.learnGender(titleGender);
        person.learnGender(lexicon.nameGender(person.givenName()));
        person.learnRole(titleRole);
        person.learnRole(RoleFinder.roleBefore(layout, start));
        person.learnRole(RoleFinder.appositionAfter(layout, end));
        addMention(start, end, person, confidence);
    }

    /** The one organisation whose name begins with {@code words} ("Acme" for "Acme Renewables Ltd"), or null. */
    /** The one organisation with {@code word} among the words of its name ("the Corps": "U.S. Army Corps of Engineers"), or null. */
    ActorEntity organisationWithWord(String word) {
        ActorEntity found = null;
        for (ActorEntity e : entities.values()) {
            if (e.type == ActorType.ORGANISATION && !e.name.equals(word) && java.util.Arrays.asList(e.name.split(" ")).contains(word)) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** A person named before whose name ends with {@code surname} ("Sanne de Wit" for "De Wit"), or null. */
    ActorEntity personWithSurname(String surname) {
        String tail = " " + surname.toLowerCase(Locale.ROOT);
        return entities.values().stream().filter(e -> e.type == ActorType.PERSON && e.name.toLowerCase(Locale.ROOT).endsWith(tail))
                .findFirst().orElse(null);
    }

    /** "Haidingers Entwurf": the German genitive of a person named before, owning the noun after it, which is no name. */
    boolean genitiveOfPerson(String word) {
        return word.length() > 3 && word.endsWith("s") && personWithSurname(word.substring(0, word.length() - 1)) != null;
    }

    /**
     * "the Legislature Brandvold led for six years": a legislature's or government's word, then the surname of a person
     * named before, are two words that meet, not one name.
     */
    boolean bodyWordBeforeSurname(List<Token> run) {
        if (run.size() != 2 || !BODY_WORDS.contains(run.get(0).text())) {
            return false;
        }
        return personWithSurname(run.get(1).text()) != null;
    }

    /** "the F.A.A." after "the Federal Aviation Administration": the organisation whose words' initials spell the acronym. */
    ActorEntity organisationWithInitials(String acronym) {
        String letters = acronym.replace(".", "");
        for (ActorEntity e : entities.values()) {
            StringBuilder initials = new StringBuilder();
            for (String word : e.name.split(" ")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    initials.append(word.charAt(0));
                }
            }
            if (e.type == ActorType.ORGANISATION && letters.length() >= 2 && initials.toString().equals(letters)) {
                return e;
            }
        }
        return null;
    }

    ActorEntity organisationStartingWith(String words) {
        String prefix = words.toLowerCase(Locale.ROOT) + " ";
        ActorEntity found = null;
        for (ActorEntity e : entities.values()) {
            if (e.type == ActorType.ORGANISATION && e.name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                if (found != null && found != e && !found.name.startsWith(e.name) && !e.name.startsWith(found.name)) {
                    return null;
                }
                // "Midland Tube & Steel" in the headline, "Midland Tube & Steel Co." below: one firm, the fuller name
                found = found == null || e.name.length() > found.name.length() ? e : found;
            }
        }
        return found;
    }

    /** The one organisation whose name ends with the word {@code last} ("Hornets" for "Ravensberg Hornets"), or null. */
    ActorEntity organisationEndingWith(String last) {
        String suffix = " " + last.toLowerCase(Locale.ROOT);
        List<ActorEntity> found = entities.values().stream()
                .filter(e -> e.type == ActorType.ORGANISATION && e.name.toLowerCase(Locale.ROOT).endsWith(suffix)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Whether {@code run} is a particle and a surname ("De Wit", "Ó Duibhir") of a person named before, now linked to them. */
    boolean linkedSurnameWithParticle(List<Token> run) {
        ActorEntity named = run.size() > 1 && ActorFinder.NAME_PARTICLES.contains(run.get(0).text().toLowerCase(Locale.ROOT))
                ? personWithSurname(layout.text.substring(run.get(0).start(), run.getLast().end())) : null;
        if (named != null) {
            addMention(run.get(0).start(), run.getLast().end(), named, 0.8);
        }
        return named != null;
    }

    /** Every mention in text order, for the rules that read speakers and claims. */
    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("Legislature", "Senate", "House", "Assembly",
            "Parliament", "Council", "Congress", "Government", "Administration", "Cabinet");

    ActorIndex index() {
        if (lexicon.languageCode().equals("en")) {
            campaignsOfPersons();
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return new ActorIndex(sorted, layout, lexicon.language());
    }

    /**
     * "The Ocampo campaign called that figure “made up”": a person's name before "campaign" names the campaign, a body
     * that speaks for itself ("the campaign said" then means it), not the candidate.
     */
    private void campaignsOfPersons() {
        String text = layout.text;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entity().type == ActorType.PERSON && text.startsWith(" campaign", m.end())
                    && (m.end() + 9 == text.length() || !Character.isLetter(text.charAt(m.end() + 9)))) {
                String name = m.entity().name;
                ActorEntity campaign = entity(name.substring(name.lastIndexOf(' ') + 1) + " campaign", ActorType.ORGANISATION);
                mentions.set(i, new Mention(m.start(), m.end() + 9, campaign, m.confidence()));
            }
        }
    }
}
