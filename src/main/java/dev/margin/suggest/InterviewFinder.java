package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads interviews printed as questions and answers: a paragraph opening with a speaker label
 * ("Marsh: Because …", "A: Because …") is a direct quote of that speaker without quotation marks. A
 * label must be a person the article names, or "A" (the interviewee: the person named first in the paragraph before the
 * exchange, else the person named most often);
 * "Q:" paragraphs are the interviewer's and are not quotes.
 */
final class InterviewFinder {
    private static final int MAX_LABEL = 40;

    private final TextLayout layout;
    private final ActorIndex actors;

    InterviewFinder(TextLayout layout, ActorIndex actors) {
        this.layout = layout;
        this.actors = actors;
    }

    /** Answers in paragraphs that hold none of {@code quoted}. */
    List<FoundQuote> find(List<FoundQuote> quoted) {
        List<FoundQuote> answers = new ArrayList<>();
        String text = layout.text;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int colon = text.indexOf(':', start);
            if (colon > start && colon < end && colon - start <= MAX_LABEL && !holdsQuote(quoted, start, end)) {
                Speaker speaker = labelled(start, colon);
                int contentStart = colon + 1;
                while (contentStart < end && text.charAt(contentStart) == ' ') {
                    contentStart++;
                }
                if (speaker != null && layout.tokensIn(contentStart, end).size() >= 2) {
                    answers.add(new FoundQuote(contentStart, end, QuoteType.DIRECT, speaker, null, null, -1, 0.7));
                }
            }
            start = end + 1;
        }
        return answers;
    }

    private static boolean holdsQuote(List<FoundQuote> quoted, int start, int end) {
        for (FoundQuote quote : quoted) {
            if (quote.start() < end && quote.end() > start) {
                return true;
            }
        }
        return false;
    }

    private Speaker labelled(int start, int colon) {
        String label = layout.text.substring(start, colon).strip();
        if (label.equals("A")) {
            ActorEntity interviewee = introducedBefore(start);
            if (interviewee == null) {
                interviewee = mostNamedPerson();
            }
            return interviewee == null ? null
                    : new Speaker(interviewee.name, new Span(start, start + 1), SpeakerResolution.EXPLICIT, interviewee);
        }
        Mention mention = actors.at(start);
        if (mention == null || mention.start() != start || mention.end() != start + label.length()
                || mention.entity().type != ActorType.PERSON) {
            return null;
        }
        return new Speaker(mention.entity().name, new Span(mention.start(), mention.end()), SpeakerResolution.EXPLICIT,
                mention.entity());
    }

    /**
     * The person first named in the paragraph that introduces the exchange an answer at {@code start} belongs to ("We
     * caught up with league commissioner Anders Halvorsen …", then "Q: …" and "A: …"); null when there is none.
     */
    private ActorEntity introducedBefore(int start) {
        String text = layout.text;
        int paragraph = start;
        while (paragraph > 0) {
            int previous = text.lastIndexOf('\n', paragraph - 2) + 1;
            if (!text.startsWith("Q:", previous) && !text.startsWith("A:", previous)) {
                for (Mention m : actors.mentions()) {
                    if (m.start() >= previous && m.end() < paragraph && m.entity().type == ActorType.PERSON) {
                        return m.entity(); // the interviewee is who the introduction names first
                    }
                }
                return null;
            }
            paragraph = previous;
        }
        return null;
    }

    private ActorEntity mostNamedPerson() {
        Map<ActorEntity, Integer> counts = new HashMap<>();
        ActorEntity best = null;
        for (Mention m : actors.mentions()) {
            if (m.entity().type == ActorType.PERSON) {
                int count = counts.merge(m.entity(), 1, Integer::sum);
                if (best == null || count > counts.get(best)) {
                    best = m.entity();
                }
            }
        }
        return best;
    }
}
