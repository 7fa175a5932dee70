package dev.margin.importer;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes the clutter that {@link PageCleaner} cannot know by name, by its shape alone, so that it works whatever a
 * site calls its classes and in every language:
 * <ul>
 *   <li>runs of look-alike siblings (same tag and first class) that are picture slides or teasers: at least three
 *       (two when every one is a bare link) that each hold a picture and little text (a gallery, a slideshow, a
 *       "recommended" grid) or a link with little text beside it (related stories, "more on this");</li>
 *   <li>a short box holding an e-mail address (an author bio, a "write to us" box).</li>
 * </ul>
 * With the run or the box goes the wrapper that only adds a heading to it ("In pictures", "Recommended for you"),
 * so the heading does not stay behind as a paragraph.
 */
final class StructuralCleaner {
    private static final int TEASER_OWN_TEXT = 80;
    private static final int SLIDE_TEXT = 400;
    private static final int WRAPPER_EXTRA_TEXT = 80;
    private static final int CONTACT_BOX_TEXT = 600;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private StructuralCleaner() {
    }

    /** Removes look-alike teaser and slide runs and contact boxes under {@code root}; adds their text to {@code removed}. */
    static void clean(Element root, List<Block> removed) {
        List<Element> doomed = new ArrayList<>();
        collectRuns(root, root, doomed);
        for (Element element : doomed) {
            remove(element, root, removed);
        }
        for (Element contact : contactElements(root)) {
            if (contact.parent() == null) {
                continue;
            }
            Element box = contact;
            while (box.parent() != null && box.parent() != root && box.parent().text().length() <= CONTACT_BOX_TEXT) {
                box = box.parent();
            }
            if (box != root && box.text().length() <= CONTACT_BOX_TEXT) {
                remove(box, root, removed);
            }
        }
    }

    /** Depth first, so that the outermost run is found before the runs inside its items. */
    private static void collectRuns(Element element, Element root, List<Element> doomed) {
        Map<String, List<Element>> shapes = new LinkedHashMap<>();
        for (Element child : element.children()) {
            shapes.computeIfAbsent(shape(child), key -> new ArrayList<>()).add(child);
        }
        boolean found = false;
        for (List<Element> run : shapes.values()) {
            if (isClutterRun(run)) {
                doomed.add(run.size() == element.childrenSize() ? wrapperOf(element, root) : null);
                if (run.size() != element.childrenSize()) {
                    doomed.addAll(run);
                }
                found = true;
            }
        }
        doomed.removeIf(java.util.Objects::isNull);
        if (found) {
            return;
        }
        for (Element child : element.children()) {
            collectRuns(child, root, doomed);
        }
    }

    private static String shape(Element element) {
        String firstClass = element.classNames().isEmpty() ? "" : element.classNames().iterator().next();
        return element.normalName() + "." + DIGITS.matcher(firstClass).replaceAll("");
    }

    private static boolean isClutterRun(List<Element> run) {
        if (run.size() < 2) {
            return false;
        }
        boolean slides = true;
        boolean teasers = true;
        boolean bareLinks = true;
        for (Element item : run) {
            int text = item.text().length();
            int linked = linkedChars(item);
            boolean picture = !item.select("img, picture").isEmpty();
            slides &= picture && text <= SLIDE_TEXT && !hasProse(item);
            teasers &= linked > 0 && text - linked <= TEASER_OWN_TEXT && !hasProse(item);
            bareLinks &= linked > 0 && text - linked <= 2;
        }
        return run.size() >= 3 && (slides || teasers) || bareLinks;
    }

    /** A paragraph of real prose: long, and mostly outside links. */
    private static boolean hasProse(Element item) {
        for (Element p : item.getElementsByTag("p")) {
            int text = p.text().length();
            if (text >= 150 && linkedChars(p) * 2 < text) {
                return true;
            }
        }
        return false;
    }

    private static int linkedChars(Element element) {
        if (element.normalName().equals("a")) {
            return element.text().length();
        }
        int chars = 0;
        for (Element link : element.getElementsByTag("a")) {
            if (link.parent() == null || link.parent().closest("a") == null) {
                chars += link.text().length();
            }
        }
        return chars;
    }

    /** The element itself, or the ancestor that adds only a heading or a label to it. */
    private static Element wrapperOf(Element element, Element root) {
        Element target = element;
        while (target != root && target.parent() != null && target.parent() != root
                && target.parent().text().length() - target.text().length() <= WRAPPER_EXTRA_TEXT
                && !hasProseOutside(target.parent(), target)) {
            target = target.parent();
        }
        return target == root ? null : target;
    }

    private static boolean hasProseOutside(Element parent, Element inner) {
        for (Element child : parent.children()) {
            if (child != inner && hasProse(child)) {
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

    private static void remove(Element element, Element root, List<Block> removed) {
        if (element.parent() == null || element == root) {
            return;
        }
        Element target = wrapperOf(element, root);
        if (target == null) {
            return;
        }
        removed.addAll(BlockCollector.collect(target));
        target.remove();
    }
}
