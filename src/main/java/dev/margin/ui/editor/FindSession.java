package dev.margin.ui.editor;

import dev.margin.ui.editor.spans.TextFinder;
import dev.margin.ui.editor.spans.TextRange;
import javafx.scene.control.IndexRange;

import java.util.List;

/** The matches of the last phrase searched for, kept so that next / previous in a long text do not search again. */
final class FindSession {
    private String text;
    private String phrase;
    private List<TextRange> matches = List.of();

    void reset() {
        text = null;
        phrase = null;
        matches = List.of();
    }

    int count(String currentText, String currentPhrase) {
        return matchesFor(currentText, currentPhrase).size();
    }

    /** Every match of the phrase in the text, in text order. */
    List<TextRange> all(String currentText, String currentPhrase) {
        return matchesFor(currentText, currentPhrase);
    }

    TextRange match(int index) {
        return matches.get(index);
    }

    /** The index of the first match after the start of the selection (so a selected match is passed over). */
    int next(String currentText, String currentPhrase, IndexRange selection) {
        List<TextRange> found = matchesFor(currentText, currentPhrase);
        int from = selection.getLength() > 0 ? selection.getStart() + 1 : selection.getStart();
        return TextFinder.indexAtOrAfter(found, from);
    }

    int previous(String currentText, String currentPhrase, IndexRange selection) {
        return TextFinder.indexBefore(matchesFor(currentText, currentPhrase), selection.getStart());
    }

    private List<TextRange> matchesFor(String currentText, String currentPhrase) {
        // Identity check on the text: a new article is a new String, and comparing 1 MB strings on every key is waste.
        if (currentText != text || !currentPhrase.equals(phrase)) {
            text = currentText;
            phrase = currentPhrase;
            matches = TextFinder.findAll(currentText, currentPhrase);
        }
        return matches;
    }
}
