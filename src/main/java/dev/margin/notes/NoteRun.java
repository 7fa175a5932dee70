package dev.margin.notes;

/**
 * A stretch of a note's text in one style. {@code link} is the web address the text points to
 * (http, https or mailto only), or null when the run is not a link.
 */
public record NoteRun(String text, boolean bold, boolean italic, boolean code, String link) {
    public NoteRun {
        if (text == null) {
            throw new IllegalArgumentException("A note run needs its text");
        }
    }

    public static NoteRun plain(String text) {
        return new NoteRun(text, false, false, false, null);
    }

    boolean sameStyle(NoteRun other) {
        return bold == other.bold && italic == other.italic && code == other.code
                && (link == null ? other.link == null : link.equals(other.link));
    }

    NoteRun withText(String newText) {
        return new NoteRun(newText, bold, italic, code, link);
    }

    NoteRun withLink(String newLink) {
        return new NoteRun(text, bold, italic, code, newLink);
    }
}
