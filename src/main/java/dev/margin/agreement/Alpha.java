package dev.margin.agreement;

/**
 * A Krippendorff's alpha with the disagreements it comes from: {@code value = 1 - observed / expected}. Not defined
 * (NaN) when nothing could be disagreed on: no coder marked any unit.
 *
 * @param units how many units the coders marked in all
 */
public record Alpha(double value, double observed, double expected, int units) {
    public static Alpha undefined(int units) {
        return new Alpha(Double.NaN, 0, 0, units);
    }

    public boolean defined() {
        return !Double.isNaN(value);
    }
}
