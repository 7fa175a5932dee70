package dev.margin.importer;

import java.util.regex.Matcher;

/**
 * Turns a small fixture into the weight of a real news page: about 250 KB of inline script and a 400-link menu
 * after {@code <body>}, and 60 linked teasers (headline and standfirst) before {@code </body>}. Shared by the
 * extraction test and the parse benchmark.
 */
public final class HeavyPages {
    private HeavyPages() {
    }

    public static String heavy(String page) {
        StringBuilder menu = new StringBuilder("<div class=\"mega-menu\"><ul>");
        for (int i = 0; i < 400; i++) {
            menu.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        menu.append("</ul></div>");
        StringBuilder teasers = new StringBuilder("<section class=\"more-stories\">");
        for (int i = 0; i < 60; i++) {
            teasers.append("<div class=\"teaser\"><a href=\"/story/").append(i).append("\"><h3>Teaser headline number ")
                    .append(i).append("</h3><p>A short standfirst for another story on the site.</p></a></div>");
        }
        teasers.append("</section>");
        String script = "<script>var config = {" + "\"key\": \"value\", ".repeat(12_000) + "};</script>";
        return page.replaceFirst("(?i)<body[^>]*>", "$0" + Matcher.quoteReplacement(script + menu))
                .replaceFirst("(?i)</body>", Matcher.quoteReplacement(teasers + "</body>"));
    }
}
