package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.Set;

/**
 * Who a role that nobody named with it holds stands for, for {@link DescribedSpeakers}: "the prime minister" is the
 * lede's unroled subject, "the chief executive of …" in a lede the person opening the next paragraph, "the independent
 * security researcher" the one unroled person its paragraph named. Each gives null when it does not apply.
 */
final class UnheldRoles {
    private final TextLayout layout;
    private final ActorIndex actors;

    UnheldRoles(TextLayout layout, ActorIndex actors) {
        this.layout = layout;
        this.actors = actors;
    }

    /**
     * "…, the chief executive of the Land Development Agency has told an Oireachtas committee." then "Fergal Ó Ceallaigh
     * told the committee …": a lede's role, held by nobody named before, is the person opening the next paragraph.
     */
    ActorEntity namedInNextParagraphOfLede(Token first) {
        Sentence sentence = layout.sentenceAt(first.start());
        int next = layout.text.indexOf('\n', first.start()) + 1;
        if (sentence == null || sentence.paragraph() > 1 || next <= 0) {
            return null;
        }
        Mention opening = actors.at(next);
        if (opening == null || opening.start() != next || opening.entity().type != ActorType.PERSON) {
            return null;
        }
        boolean namedBefore = actors.mentions().stream().anyMatch(m -> m.entity() == opening.entity() && m.start() < first.start());
        return namedBefore ? null : opening.entity();
    }

    /** Offices one person holds at a time, which a story may give its lede's subject only later ("the prime minister"). */
    static final Set<String> SOLE_OFFICES = Set.of("prime minister", "first minister", "premier",
            "taoiseach", "chief minister");

    /**
     * "Daniel Moreland has accused the Coalition of …" opening the lede, then "the prime minister said": the person who
     * opens the story's first paragraph with no role given, when named before {@code first}; null otherwise.
     */
    ActorEntity unroledLedeOpener(Token first) {
        Sentence lede = layout.sentences.stream().filter(s -> s.paragraph() == 1).findFirst().orElse(null);
        Mention opening = lede == null || lede.start() >= first.start() ? null : actors.at(layout.tokens.get(layout.firstTokenFrom(lede.start())).start());
        return opening != null && opening.entity().type == ActorType.PERSON && opening.entity().role == null ? opening.entity() : null;
    }

    /** The one person named before {@code first} in its paragraph, outside quotes and with no role; null for none or more. */
    ActorEntity onlyPersonInParagraphBefore(Token first) {
        int paragraphStart = layout.text.lastIndexOf('\n', first.start()) + 1;
        ActorEntity only = null;
        for (Mention m : actors.mentions()) {
            if (m.start() < paragraphStart || m.end() > first.start() || m.entity().type != ActorType.PERSON || layout.quoteAt(m.start()) != null) {
                continue;
            }
            if (only != null && only != m.entity() || m.entity().role != null) {
                return null;
            }
            only = m.entity();
        }
        return only;
    }
}
