package dev.margin.export;

import java.util.Locale;
import java.util.regex.Pattern;

/** HTML escaping and the few checks that keep user text from becoming markup or script. */
final class Html {
    private static final Pattern SAFE_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,24}");

    private Html() {
    }

    /** Text or attribute value with &amp; &lt; &gt; &quot; and &#39; escaped. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** True for http(s) URLs, the only ones turned into links (no javascript:, data:, file:). */
    static boolean isWebUrl(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** A user colour usable in a style attribute (#rgb, #rrggbb, a colour name), or null. */
    static String safeColour(String colour) {
        return colour != null && SAFE_COLOUR.matcher(colour).matches() ? colour : null;
    }
}
