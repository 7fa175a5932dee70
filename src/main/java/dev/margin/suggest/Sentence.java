package dev.margin.suggest;

/** A sentence {@code [start, end)}, without surrounding white space, in paragraph {@code paragraph}. */
record Sentence(int start, int end, int paragraph) {
    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
