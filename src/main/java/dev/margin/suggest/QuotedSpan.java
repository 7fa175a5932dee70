package dev.margin.suggest;

/**
 * Words between quotation marks as the scanner found them. {@code [contentStart, contentEnd)} is the
 * quoted text without its marks and the spaces French typography puts inside them; {@code [open, close)}
 * includes the marks. A quote running over several paragraphs has one span from the first opening mark
 * to the last closing one.
 */
record QuotedSpan(int open, int contentStart, int contentEnd, int close, boolean closed, boolean multiParagraph) {
    boolean contains(int offset) {
        return offset >= contentStart && offset < contentEnd;
    }
}
