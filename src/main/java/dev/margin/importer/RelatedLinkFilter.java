package dev.margin.importer;

import java.util.regex.Pattern;

/**
 * Recognises related-link and promotional lines inside an article body, which Margin keeps out of the reading
 * text (and reports in {@link ImportResult#droppedBoilerplate()}) so that they are never annotated as if the
 * reporter had written them.
 *
 * <p>A paragraph is boilerplate when
 * <ul>
 *   <li>it starts with a related-link label followed by a separator (a colon, pipe or arrow, or a spaced dash)
 *       or in brackets ("[Related] …"): "Also read:", "Read more:", "Read also –",
 *       "Related:", "See also:", "More on this:", "Watch:", "Listen:", "Further reading:" (and the Arabic, Chinese,
 *       Japanese, French, German, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian and Hebrew equivalents), or is such a label alone ("READ MORE", "See also");</li>
 *   <li>it is a subscription or advertising call: "Click here to subscribe…", "Sign up for our … newsletter",
 *       "Subscribe to our…", "More from <outlet>:", "Advertisement", "Story continues below advertisement";</li>
 *   <li>it is an advertising label alone in any of those languages, an editor line ("责任编辑："), a print-edition
 *       or subscribers-only note;</li>
 *   <li>its whole text is a link (a teaser for another story), or a short label ending in a colon and then a link,
 *       whatever the label's language ("Читайте також: …"), unless it is a heading.</li>
 * </ul>
 * A real paragraph that merely contains a link, or starts with "Read" as ordinary prose ("Read the full report,"
 * she said), is kept: the label has to be followed by a colon, a dash, a pipe or an arrow, or stand alone.
 */
final class RelatedLinkFilter {
    private static final String LABELS = "also read|read more|read also|more to read|related|related stories"
            + "|related articles|related coverage|related content|see also|more on this(?: story| topic)?"
            + "|further reading|recommended|recommended reading|watch|listen|most read|trending now|top stories"
            + "|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea también|lee también|leer más"
            + "|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|مواضيع ذات صلة|関連記事|関連ニュース|あわせて読みたい"
            + "|延伸阅读|相关阅读|相关新闻|相关报道|延伸閱讀|相關新聞|читайте также|читайте також|читати також"
            + "|leia também|leia mais|veja também|leggi anche|potrebbe interessarti(?: anche)?|lees ook|lees meer"
            + "|te puede interesar|das könnte sie auch interessieren|קראו עוד|כתבות נוספות|קרא עוד";
    private static final Pattern LABEL_WITH_SEPARATOR = Pattern.compile(
            "^(?:[\\[(【](?:" + LABELS + ")[\\])】]|(?:" + LABELS + ")(?:\\s*[:：|»›→>]|\\s+[\\-–—]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL_ALONE = Pattern.compile(
            "^[\\[(【]?(?:" + LABELS + ")[\\])】]?\\s*[.…»›→]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CALLS = Pattern.compile(
            "^(?:click here to (?:subscribe|sign up|register|read|download)|sign up (?:for|to) (?:our|the)"
                    + "|subscribe (?:to|for) (?:our|the)|subscribe now|get our .{0,40}newsletter"
                    + "|follow us on|share this (?:article|story)|story continues below"
                    + "|(?:advertisement|publicidade|publicidad|publicité|pubblicità|anzeige|werbung|advertentie|реклама"
                    + "|إعلان|פרסומת|广告|広告)$|sponsored content$|(?:this )?article continues (?:below|after)"
                    + "|[（(]?责任编辑[:：]|[（(]?責任編輯[:：]|a version of this article appears in print|article réservé aux abonnés"
                    + "|support (?:our|independent) journalism|more from [^:.]{1,40}:)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RelatedLinkFilter() {
    }

    static boolean isBoilerplate(Block block) {
        String text = block.text();
        if ((block.linkOnly() || block.labelledLink()) && !block.heading()) {
            return true;
        }
        return LABEL_WITH_SEPARATOR.matcher(text).find() || LABEL_ALONE.matcher(text).matches()
                || CALLS.matcher(text).find();
    }
}
