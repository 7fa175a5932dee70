package dev.margin.importer;

import dev.margin.domain.ArticleDraft;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline at the head of the reading text, moved into the article's information (issue 16, item 16): a first
 * paragraph that is only a date stamp ("14 May 2025, 08:30", "Published: Wednesday 14 May 2025 08:30 BST",
 * "2025-05-14") or only a wire dateline ("LONDON, May 14 (Reuters) -") leaves the text, and a date stamp that leads
 * a paragraph before a dash ("14 May 2025, 08:30 – The council …") is cut off, the rest kept. Its date becomes the
 * published date when the page gave none, a wire dateline's agency the outlet when there is none; what left the text
 * is reported with the dropped boilerplate. A wire dateline that leads prose stays text (see the package comment):
 * it is part of the story's first sentence, and quotes and claims are marked in it. Used on the plain-text, pasted
 * and HTML paths.
 */
final class Dateline {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String DATE = "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})"
            + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
            + "|(\\d{4})-(\\d{2})-(\\d{2}))";
    private static final String TIME = "(?:(?:\\s*[,|·•]\\s*|\\s+(?:at\\s+)?|T)\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?"
            + "(?:\\s?(?:[A-Z]{2,5}|(?:UTC|GMT)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|Z))?)?";
    private static final String LABEL = "(?:(?:published|updated|posted|last updated|first published)(?:\\s+on)?:?\\s+)?";
    private static final Pattern STAMP = Pattern.compile(
            "^" + LABEL + WEEKDAY + DATE + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DASH = Pattern.compile("^\\s*[-–—]+\\s+");
    private static final Pattern WIRE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L} .]{2,30})?,\\s+(?:(?i:" + MONTH + ")\\s+\\d{1,2}|\\d{1,2}\\s+(?i:" + MONTH
                    + "))(?:,?\\s+\\d{4})?\\s*\\(([^()]{2,40})\\)\\s*[-–—]*\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dateline() {
    }

    /** The result with a leading dateline moved out of its text; unchanged when there is none. */
    static ImportResult moveOut(ImportResult result) {
        ArticleDraft draft = result.draft();
        List<String> paragraphs = new ArrayList<>(List.of(draft.text().split("\n", -1)));
        if (paragraphs.size() < 2 || draft.headings().contains(0)) {
            return result;
        }
        String first = paragraphs.get(0);
        LocalDate date = draft.publishedDate() != null ? draft.publishedDate() : droppedStampDate(result.droppedBoilerplate());
        String outlet = draft.outlet();
        List<Integer> headings = draft.headings();
        String moved;
        Matcher stamp = STAMP.matcher(first);
        Matcher wire = WIRE.matcher(first);
        if (stamp.lookingAt() && stamp.end() == first.strip().length()) {
            moved = first;
            date = date == null ? dateOf(stamp) : date;
            paragraphs.remove(0);
            headings = headings.stream().map(index -> index - 1).toList();
        } else if (stamp.lookingAt() && DASH.matcher(first.substring(stamp.end())).lookingAt()) {
            Matcher dash = DASH.matcher(first.substring(stamp.end()));
            dash.lookingAt();
            moved = first.substring(0, stamp.end());
            date = date == null ? dateOf(stamp) : date;
            paragraphs.set(0, first.substring(stamp.end() + dash.end()));
        } else if (wire.matches()) {
            moved = first;
            outlet = outlet.isBlank() ? wire.group(3).strip() : outlet;
            paragraphs.remove(0);
            headings = headings.stream().map(index -> index - 1).toList();
        } else {
            return withDate(result, date);
        }
        ArticleDraft changed = new ArticleDraft(draft.title(), draft.byline(), outlet, draft.url(), date, draft.language(),
                String.join("\n", paragraphs), headings, date == draft.publishedDate() ? draft.publishedTime() : null);
        // The dateline stood before the first paragraph; the other dropped blocks keep their places, one paragraph
        // earlier when the dateline's own paragraph left the text.
        int removed = paragraphs.size() < draft.text().split("\n", -1).length ? 1 : 0;
        List<String> dropped = new ArrayList<>(result.droppedBoilerplate());
        List<Integer> places = new ArrayList<>(result.droppedPositions().stream().map(place -> Math.max(0, place - removed)).toList());
        dropped.add(0, moved.strip());
        places.add(0, 0);
        return new ImportResult(changed, dropped, result.warnings(), places);
    }

    /** The result with the date of a dropped date line when the page gave none (the extraction may drop the line itself). */
    private static ImportResult withDate(ImportResult result, LocalDate date) {
        ArticleDraft draft = result.draft();
        if (date == null || draft.publishedDate() != null) {
            return result;
        }
        ArticleDraft dated = new ArticleDraft(draft.title(), draft.byline(), draft.outlet(), draft.url(), date, draft.language(),
                draft.text(), draft.headings());
        return new ImportResult(dated, result.droppedBoilerplate(), result.warnings(), result.droppedPositions());
    }

    /** The date of the first dropped block that is only a date stamp ("14 May 2025, 08:30"), or null. */
    private static LocalDate droppedStampDate(List<String> dropped) {
        for (String line : dropped) {
            Matcher stamp = STAMP.matcher(line.strip());
            if (stamp.lookingAt() && stamp.end() == line.strip().length()) {
                LocalDate date = dateOf(stamp);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The stamp's date, or null when it names no real day (31 February). */
    private static LocalDate dateOf(Matcher stamp) {
        try {
            if (stamp.group(1) != null) {
                return LocalDate.of(Integer.parseInt(stamp.group(3)), month(stamp.group(2)), Integer.parseInt(stamp.group(1)));
            }
            if (stamp.group(4) != null) {
                return LocalDate.of(Integer.parseInt(stamp.group(6)), month(stamp.group(4)), Integer.parseInt(stamp.group(5)));
            }
            return LocalDate.of(Integer.parseInt(stamp.group(7)), Integer.parseInt(stamp.group(8)), Integer.parseInt(stamp.group(9)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
