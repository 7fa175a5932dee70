package dev.margin.importer;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the clutter that {@link PageCleaner} cannot know by name, by its shape alone, so that it works whatever a
 * site calls its classes and in every language:
 * <ul>
 *   <li>runs of look-alike siblings (same tag and first class) that are picture slides or teasers: at least three
 *       (two when every one is a bare link) that each hold a picture and little text (a gallery, a slideshow, a
 *       "recommended" grid) or a link with little text beside it (related stories, "more on this");</li>
 *   <li>a short box holding an e-mail address (an author bio, a "write to us" box);</li>
 *   <li>a run of look-alike siblings that each show an avatar (reader comments, reactions, talkbacks), in any
 *       language since only the avatar's class name is read;</li>
 *   <li>a media player: the block around a {@code <video>} or {@code <audio>} element (its controls, caption-settings
 *       menu, time read-out and title) up to the paragraphs of the article, when it holds no prose itself.</li>
 * </ul>
 * With the run or the box goes the wrapper that only adds a heading to it ("In pictures", "Recommended for you"),
 * so the heading does not stay behind as a paragraph.
 */
final class StructuralCleaner {
    private static final int TEASER_OWN_TEXT = 80;
    private static final int SLIDE_TEXT = 400;
    private static final int WRAPPER_EXTRA_TEXT = 80;
    private static final int CONTACT_BOX_TEXT = 600;
    private static final int PROSE_CHARS = 150;
    private static final int MAX_WRAPPER_LEVELS = 4;
    private static final int MAX_DEPTH = HtmlArticleExtractor.MAX_READABILITY_DEPTH;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NAME_TOKENS = Pattern.compile("[\\s_\\-]+");
    private static final Set<String> PICTURES = Set.of("img", "picture", "amp-img");
    private static final Set<String> MEDIA = Set.of("video", "audio", "amp-video", "amp-audio",
            "video-js", "amp-youtube");

    private StructuralCleaner() {
    }

    /**
     * What the rules need to know of one element, computed once for the whole tree in one walk, so that the rules stay
     * linear on deeply nested pages (asking jsoup for each element's text would cost the subtree each time).
     *
     * @param text    characters of visible text, each text node's white space collapsed
     * @param cjk     of those, Chinese, Japanese and Korean characters (a word in one or two of them)
     * @param linked  characters of that text inside links
     * @param picture the element is or holds an image
     * @param prose   the element is or holds a paragraph of real prose: long and mostly outside links
     * @param avatar  the element is or holds an avatar (a class or id naming one)
     * @param media   the element is or holds a video or audio element
     */
    private record Stats(int text, int cjk, int linked, boolean picture, boolean prose, boolean avatar, boolean media) {
    }

    /** Removes look-alike teaser and slide runs and contact boxes under {@code root}; adds their text to {@code removed}. */
    static void clean(Element root, List<Block> removed) {
        Map<Element, Stats> stats = measure(root);
        if (stats == null) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        collectRuns(root, root, stats, doomed);
        collectPlayers(root, root, stats, doomed);
        for (Element element : doomed) {
            remove(element, root, stats, removed);
        }
        for (Element contact : contactElements(root)) {
            if (contact.parent() == null || !stats.containsKey(contact)) {
                continue;
            }
            Element box = contact;
            for (int levels = 0; levels < MAX_WRAPPER_LEVELS && box.parent() != null && box.parent() != root
                    && stats.containsKey(box.parent()) && stats.get(box.parent()).text() <= CONTACT_BOX_TEXT; levels++) {
                box = box.parent();
            }
            if (box != root && stats.get(box).text() <= CONTACT_BOX_TEXT) {
                remove(box, root, stats, removed);
            }
        }
    }

    /**
     * The stats of every element, or null when the tree is nested deeper than {@value #MAX_DEPTH} levels: no real page
     * is, and on such tag soup the rules' walks up and down the tree would cost its depth for every run they find.
     */
    private static Map<Element, Stats> measure(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        int[] deepest = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                String tag = element.normalName();
                int text = 0;
                int cjk = 0;
                int linked = 0;
                boolean picture = PICTURES.contains(tag);
                boolean prose = false;
                boolean avatar = namesAvatar(element);
                boolean media = MEDIA.contains(tag);
                for (Node child : element.childNodes()) {
                    if (child instanceof TextNode textNode) {
                        String own = StringUtil.normaliseWhitespace(textNode.getWholeText());
                        text += own.length();
                        cjk += cjkCharacters(own);
                    } else if (child instanceof Element childElement) {
                        Stats inner = stats.get(childElement);
                        text += inner.text();
                        cjk += inner.cjk();
                        linked += inner.linked();
                        picture |= inner.picture();
                        prose |= inner.prose();
                        avatar |= inner.avatar();
                        media |= inner.media();
                    }
                }
                if (tag.equals("a")) {
                    linked = text;
                }
                // A Chinese or Japanese character carries about as much as a short word: it counts three times.
                if (tag.equals("p") && text + 2 * cjk >= PROSE_CHARS && linked * 2 < text) {
                    prose = true;
                }
                stats.put(element, new Stats(text, cjk, linked, picture, prose, avatar, media));
            }
        }, root);
        return deepest[0] > MAX_DEPTH ? null : stats;
    }

    /** Depth first, so that the outermost run is found before the runs inside its items. */
    private static void collectRuns(Element element, Element root, Map<Element, Stats> stats, List<Element> doomed) {
        Map<String, List<Element>> shapes = new LinkedHashMap<>();
        for (Element child : element.children()) {
            shapes.computeIfAbsent(shape(child), key -> new ArrayList<>()).add(child);
        }
        boolean found = false;
        for (List<Element> run : shapes.values()) {
            if (isClutterRun(run, stats)) {
                if (element != root && onlyAddsALabel(element, run, stats)) {
                    doomed.add(element);
                } else {
                    doomed.addAll(run);
                }
                found = true;
            }
        }
        if (found) {
            return;
        }
        for (Element child : element.children()) {
            collectRuns(child, root, stats, doomed);
        }
    }

    /**
     * The outermost block around a video or audio element that holds no prose: the player with its chrome. Blocks
     * that hold prose are searched further down, so a player between two paragraphs goes and the paragraphs stay.
     */
    private static void collectPlayers(Element element, Element root, Map<Element, Stats> stats, List<Element> doomed) {
        for (Element child : element.children()) {
            Stats of = stats.get(child);
            if (of == null || !of.media()) {
                continue;
            }
            if (!of.prose()) {
                doomed.add(child);
            } else {
                collectPlayers(child, root, stats, doomed);
            }
        }
    }

    private static int cjkCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af') {
                count++;
            }
        }
        return count;
    }

    private static boolean namesAvatar(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (!names.contains("avatar")) {
            return false;
        }
        for (String token : NAME_TOKENS.split(names)) {
            if (token.equals("avatar") || token.equals("avatars")) {
                return true;
            }
        }
        return false;
    }

    /** Beside the run the element holds only a heading or a count ("In pictures", "50 photos"), no prose. */
    private static boolean onlyAddsALabel(Element element, List<Element> run, Map<Element, Stats> stats) {
        int runText = 0;
        for (Element item : run) {
            runText += stats.get(item).text();
        }
        if (stats.get(element).text() - runText > WRAPPER_EXTRA_TEXT) {
            return false;
        }
        for (Element child : element.children()) {
            if (!run.contains(child) && stats.get(child).prose()) {
                return false;
            }
        }
        return true;
    }

    private static String shape(Element element) {
        String firstClass = element.classNames().isEmpty() ? "" : element.classNames().iterator().next();
        return element.normalName() + "." + DIGITS.matcher(firstClass).replaceAll("");
    }

    private static boolean isClutterRun(List<Element> run, Map<Element, Stats> stats) {
        if (run.size() < 2) {
            return false;
        }
        boolean slides = true;
        boolean teasers = true;
        boolean bareLinks = true;
        boolean avatars = true;
        for (Element item : run) {
            Stats of = stats.get(item);
            int own = of.text() - of.linked();
            slides &= of.picture() && of.text() <= SLIDE_TEXT && !of.prose();
            // A teaser is mostly its link: a note or footnote with a small back-link ("↩") is text, not a teaser.
            teasers &= of.linked() > 0 && own <= TEASER_OWN_TEXT && of.linked() * 2 >= own && !of.prose();
            bareLinks &= of.linked() > 0 && own <= 2;
            avatars &= of.avatar();
        }
        return run.size() >= 3 && (slides || teasers) || bareLinks || avatars;
    }

    /** The element itself, or the ancestor that adds only a heading or a label to it; null for the root. */
    private static Element wrapperOf(Element element, Element root, Map<Element, Stats> stats) {
        Element target = element;
        // A heading wrapper is a level or two up; the bound keeps deep tag soup from costing its depth per run.
        for (int levels = 0; levels < MAX_WRAPPER_LEVELS && target != root && target.parent() != null && target.parent() != root
                && stats.containsKey(target.parent())
                && stats.get(target.parent()).text() - stats.get(target).text() <= WRAPPER_EXTRA_TEXT
                && !hasProseOutside(target.parent(), target, stats); levels++) {
            target = target.parent();
        }
        return target == root ? null : target;
    }

    private static boolean hasProseOutside(Element parent, Element inner, Map<Element, Stats> stats) {
        for (Element child : parent.children()) {
            if (child != inner && stats.containsKey(child) && stats.get(child).prose()) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> contactElements(Element root) {
        List<Element> found = new ArrayList<>(root.select("a[href^=mailto:]"));
        for (Element element : root.getElementsMatchingOwnText(EMAIL)) {
            if (element != root) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean isUnder(Element element, Element root) {
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor == root) {
                return true;
            }
        }
        return false;
    }

    private static void remove(Element element, Element root, Map<Element, Stats> stats, List<Block> removed) {
        if (element == root || !stats.containsKey(element) || !isUnder(element, root)) {
            // Gone already with a wrapper removed before it: its text was reported then.
            return;
        }
        Element target = wrapperOf(element, root, stats);
        if (target == null) {
            return;
        }
        DroppedPlaces.remove(target, removed);
    }
}
