package dev.margin.bench;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A reproducible, made-up news library for benchmarks: wire-style articles assembled from sentence
 * patterns and a vocabulary, and annotations of every kind anchored on their words.
 */
final class SyntheticLibrary {
    static final List<String> PLACES = List.of("Lagos", "Abuja", "Accra", "Nairobi", "Dakar", "Kigali", "Lusaka", "Harare",
            "Kampala", "Addis Ababa", "Tunis", "Rabat", "Luanda", "Maputo", "Windhoek", "Gaborone", "Freetown", "Bamako");
    static final List<String> SUBJECTS = List.of("rail", "budget", "inflation", "fuel subsidy", "port", "election", "drought",
            "vaccine", "tariff", "currency", "pension", "wheat import", "power grid", "border", "mining licence", "fishing quota",
            "data law", "bank rate", "refinery", "school meals", "water tariff", "bond sale", "debt talks", "minimum wage");
    static final List<String> VERBS = List.of("said", "told reporters", "wrote", "warned", "argued", "insisted", "added",
            "announced", "claimed", "denied");
    static final List<String> WORDS = List.of("government", "ministry", "parliament", "lawmakers", "officials", "analysts",
            "traders", "farmers", "unions", "investors", "prices", "costs", "revenue", "deficit", "growth", "shortage",
            "reform", "plan", "deal", "talks", "strike", "protest", "audit", "report", "forecast", "target", "increase",
            "decline", "record", "review", "proposal", "contract", "loan", "subsidy", "tax", "exports", "imports", "jobs",
            "households", "companies", "regulator", "court", "ruling", "inquiry", "funding", "shipments", "capacity",
            "demand", "supply", "schedule", "delay", "agreement", "commission", "council", "province", "district");
    static final List<String> FIRST_NAMES = List.of("Adaeze", "Kofi", "Amina", "Tunde", "Wanjiru", "Moussa", "Chidi", "Ama",
            "Thabo", "Fatou", "Kwame", "Zainab", "Odhiambo", "Nadia", "Sipho", "Halima");
    static final List<String> LAST_NAMES = List.of("Okafor", "Mensah", "Wekesa", "Bakare", "Diallo", "Eze", "Owusu",
            "Ndlovu", "Sow", "Kariuki", "Bello", "Toure", "Mokoena", "Abebe");

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

    private final Random random;

    SyntheticLibrary(long seed) {
        this.random = new Random(seed);
    }

    /** An article of about {@code paragraphs} paragraphs, with a unique URL. */
    ArticleDraft article(int number, int paragraphs) {
        String place = pick(PLACES);
        String subject = pick(SUBJECTS);
        String title = capitalise(subject) + " " + pick(WORDS) + " draws " + pick(WORDS) + " in " + place;
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(number % 600);
        List<String> text = new ArrayList<>();
        text.add(place.toUpperCase(Locale.ROOT) + ", " + DATELINE.format(date) + " (Margin Wire) – The " + subject + " " + pick(WORDS)
                + " moved to the " + pick(WORDS) + " on " + WEEKDAY.format(date) + ", " + pick(WORDS) + " and " + pick(WORDS) + " said.");
        for (int i = 1; i < paragraphs; i++) {
            text.add(paragraph(subject));
        }
        return new ArticleDraft(title, "By " + person(), "Margin Wire", "https://wire.example/" + date + "/" + number,
                date, "en", String.join("\n", text), List.of());
    }

    private String paragraph(String subject) {
        return switch (random.nextInt(4)) {
            case 0 -> "“The " + subject + " " + pick(WORDS) + " will not wait for the " + pick(WORDS) + ",” " + person() + " "
                    + pick(VERBS) + ". “We expect the " + pick(WORDS) + " to " + pick(List.of("rise", "fall", "hold")) + " by "
                    + (1 + random.nextInt(40)) + "% this year.”";
            case 1 -> capitalise(pick(WORDS)) + " in " + pick(PLACES) + " " + pick(VERBS) + " the " + pick(WORDS) + " would cost "
                    + (1 + random.nextInt(900)) + " million dollars, a figure the " + pick(WORDS) + " disputed.";
            case 2 -> "The " + pick(WORDS) + " of the " + subject + " " + pick(WORDS) + " has been under " + pick(WORDS)
                    + " since " + (2015 + random.nextInt(10)) + ", when " + pick(WORDS) + " first raised the " + pick(WORDS) + ".";
            default -> person() + ", a " + pick(WORDS) + " adviser, " + pick(VERBS) + " that " + pick(WORDS) + " and "
                    + pick(WORDS) + " had " + pick(List.of("doubled", "halved", "stalled", "recovered")) + " after the "
                    + pick(WORDS) + ".";
        };
    }

    Actor actor(int number) {
        return new Actor(0, FIRST_NAMES.get(number % FIRST_NAMES.size()) + " " + LAST_NAMES.get((number / FIRST_NAMES.size()) % LAST_NAMES.size())
                + (number >= FIRST_NAMES.size() * LAST_NAMES.size() ? " " + number : ""),
                List.of(LAST_NAMES.get((number / FIRST_NAMES.size()) % LAST_NAMES.size())), ActorType.PERSON, "", null, null, List.of());
    }

    /** An annotation of a random kind on a random run of words of {@code text}; actor ids are drawn from {@code actorIds}. */
    Annotation annotation(long articleId, String text, List<Long> actorIds, Instant now) {
        int start = wordStart(text, random.nextInt(Math.max(1, text.length() - 60)));
        int end = Math.min(text.length(), wordEnd(text, start + 8 + random.nextInt(50)));
        Anchor anchor = Anchor.of(text, start, end);
        int roll = random.nextInt(100);
        AnnotationKind kind = roll < 40 ? AnnotationKind.HIGHLIGHT : roll < 65 ? AnnotationKind.QUOTE : roll < 85 ? AnnotationKind.ACTOR : AnnotationKind.CLAIM;
        Long actor = actorIds.get(random.nextInt(actorIds.size()));
        QuoteDetails quote = kind == AnnotationKind.QUOTE
                ? new QuoteDetails(actor, null, pick(VERBS), null, QuoteType.values()[random.nextInt(3)], SpeakerResolution.EXPLICIT) : null;
        ClaimDetails claim = kind == AnnotationKind.CLAIM
                ? new ClaimDetails("", actor, false, ClaimKind.values()[random.nextInt(5)], ClaimStatus.values()[random.nextInt(6)],
                random.nextBoolean() ? List.of(new Evidence("https://check.example/" + random.nextInt(100000), null, EvidenceStance.REFUTES, ""))
                        : List.of(), null) : null;
        String note = random.nextInt(4) == 0 ? "Check the " + pick(WORDS) + " against the " + pick(SUBJECTS) + " " + pick(WORDS) : "";
        List<String> tags = random.nextInt(3) == 0 ? List.of(pick(SUBJECTS)) : List.of();
        return new Annotation(UUID.randomUUID(), articleId, 1, anchor, AnchorState.OK, TestBodies.of(kind, quote,
                kind == AnnotationKind.ACTOR ? actor : null, claim), note, tags, null, now, now);
    }

    /** A search a user might type: a word, two words, a phrase from the vocabulary, or a prefix. */
    String query() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(WORDS);
            case 1 -> pick(WORDS) + " " + pick(WORDS);
            case 2 -> "\"" + pick(SUBJECTS) + "\"";
            case 3 -> prefixOf(pick(WORDS));
            default -> pick(PLACES).split(" ")[0] + " " + pick(WORDS);
        };
    }

    private static String prefixOf(String word) {
        return word.substring(0, Math.min(4, word.length())) + "*";
    }

    private String person() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = Math.min(at, text.length());
        while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
