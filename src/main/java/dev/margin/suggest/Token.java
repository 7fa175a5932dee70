package dev.margin.suggest;

/**
 * A word or number in the text, {@code [start, end)}. A possessive "’s" or "'s" is not part of the
 * token; {@code possessive} records that it followed.
 */
record Token(int start, int end, String text, boolean possessive) {
    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowerCase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    /** Two or more letters, all capitals ("WHO", "NATO", "U.S."). */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2;
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }
}
