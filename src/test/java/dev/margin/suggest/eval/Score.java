package dev.margin.suggest.eval;

/**
 * Counts for one kind of suggestion: true positives, false positives and false negatives, and for
 * the attribute measured over matches (speaker, actor type, claimant) how many matches got it right.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives, int attributeCorrect) {
    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, attributeCorrect + other.attributeCorrect);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of matches whose attribute was right. */
    public double attributeAccuracy() {
        return ratio(attributeCorrect, truePositives);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
