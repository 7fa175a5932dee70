package dev.margin.cli;

/** Counted nouns for the commands' messages: "1 article", "3 articles". */
final class Counts {
    private Counts() {
    }

    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
