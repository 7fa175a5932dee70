package dev.margin.notes;

import java.util.List;

/**
 * One block of a rendered note: a paragraph, a heading (level 1 to 6), a list item (level = nesting depth,
 * from 1; {@code marker} is "•" or the item's number such as "3."), or a code block. {@code quoted} marks
 * blocks inside a block quote. A list item's later paragraphs are paragraphs at the item's level.
 */
public record NoteBlock(Kind kind, int level, String marker, boolean quoted, List<NoteRun> runs) {
    /** What a block is. */
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, CODE_BLOCK }

    public NoteBlock {
        runs = List.copyOf(runs);
    }

    /** The block's text without any styling. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(run -> sb.append(run.text()));
        return sb.toString();
    }
}
