package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import net.dankito.readability4j.Readability4J;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the reading text and metadata of a news page.
 *
 * <p>Strategy, chosen for both quality and speed (Readability4j costs about ten times a jsoup parse on a heavy
 * page): the container the page marks as its article, else the cleaned page's paragraph-dense element (both found
 * by {@link ContainerLocator} and used only when they hold at least {@value #MIN_CONTAINER_CHARS} characters of
 * text), else Readability4j's choice on the cleaned page. Either way
 * {@link PageCleaner} removes page furniture, {@link BlockCollector} cuts paragraphs and headings, and
 * {@link RelatedLinkFilter} keeps related-link lines out. The title is not repeated as the first paragraph,
 * and a leading "By …" line is dropped because the byline is metadata. When the page marks no article container
 * the result carries a warning that the reading text was chosen by heuristics.
 */
final class HtmlArticleExtractor {
    static final int MIN_CONTAINER_CHARS = 200;
    private static final int HEAD_LINES = 4;
    private static final int PROSE_CHARS = 150;
    static final int MAX_READABILITY_DEPTH = 256;
    static final int MAX_READABILITY_ELEMENTS = 25_000;
    private static final Pattern BYLINE_START = Pattern.compile(
            "^(?:(?:by|von|par|por)\\s|(?:posted|published|updated)\\b.{0,60}\\bby\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?i:by|von|par|por)\\s+");
    private static final Pattern STRICT_BYLINE = Pattern.compile("^(?:By|BY|Von|Par|Por)\\s+\\p{Lu}[^.]{0,100}$");

    private final MetadataExtractor metadataExtractor;

    HtmlArticleExtractor(MetadataExtractor metadataExtractor) {
        this.metadataExtractor = metadataExtractor;
    }

    ImportResult extract(String html, URI pageUriOrNull, String source) throws ImportException {
        return extract(html, pageUriOrNull, source, CancelCheck.NEVER);
    }

    /** As {@link #extract(String, URI, String)}, asking {@code cancel} while jsoup reads the page and between stages. */
    ImportResult extract(String html, URI pageUriOrNull, String source, CancelCheck cancel) throws ImportException {
        String base = pageUriOrNull == null ? "" : pageUriOrNull.toString();
        // jsoup nests at most 512 elements (as browsers do) and puts deeper ones beside the last, so the tree is bounded.
        Document doc = Parser.htmlParser().parseInput(cancel.reader(html), base);
        cancel.check();
        HtmlMetadata metadata = metadataExtractor.extract(doc, pageUriOrNull == null ? null : base);
        List<String> dropped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<Block> blocks = fromMarkedContainer(doc, dropped);
        if (blocks == null) {
            warnings.add("No article body is marked in " + source + "; the reading text was chosen by Margin's"
                    + " heuristics, so check where it starts and ends.");
            blocks = fromDensestContainer(doc);
        }
        cancel.check();
        if (blocks == null) {
            blocks = fromReadability(doc, base, warnings, source);
        }
        cancel.check();

        String title = metadata.title();
        String byline = metadata.byline();
        ReadingTextBuilder text = new ReadingTextBuilder();
        boolean sawProse = false;
        Set<Integer> pullQuotes = PullQuotes.find(blocks);
        // Where each dropped block stood: the number of reading-text paragraphs before it (-1 until its place is seen).
        int removedByCleaners = dropped.size();
        List<Integer> positions = new ArrayList<>(Collections.nCopies(removedByCleaners, -1));
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            String line = block.text();
            if (block.isPlace()) {
                for (int removed : block.droppedHere()) {
                    if (removed < removedByCleaners) {
                        positions.set(removed, text.paragraphCount());
                    }
                }
            } else if (RelatedLinkFilter.isBoilerplate(block) || pullQuotes.contains(index)) {
                dropped.add(line);
                positions.add(text.paragraphCount());
            } else if (text.paragraphCount() < 3 && sameText(line, title)) {
                // The headline repeated in the body, possibly after a kicker such as "Business".
                continue;
            } else if (text.isEmpty() && isTitleSegment(line, title)) {
                // "SITE NAME :: Headline" in <title>, the headline itself as the first line of the body.
                title = line;
            } else if (text.isEmpty() && title.isEmpty() && block.heading()) {
                title = line;
            } else if (text.paragraphCount() < 3 && isBylineLine(line, byline)) {
                dropped.add(line);
                positions.add(text.paragraphCount());
                if (byline.isEmpty()) {
                    byline = BYLINE_PREFIX.matcher(line).replaceFirst("");
                }
            } else if (!sawProse && !block.heading() && text.paragraphCount() < HEAD_LINES
                    && (HeadMetaLines.isDateLine(line) || HeadMetaLines.isAuthorLine(line, byline))) {
                // The date or author line between the headline and the story: metadata, not text.
                dropped.add(line);
                positions.add(text.paragraphCount());
            } else {
                text.add(line, block.heading());
                sawProse |= line.length() >= PROSE_CHARS;
            }
        }
        if (text.isEmpty()) {
            throw new ImportException("No article text found in " + source + ": after navigation, ads and other page"
                    + " furniture were removed, no paragraph of text was left.");
        }
        ArticleDraft draft = new ArticleDraft(title, byline, metadata.outlet(), metadata.url(),
                metadata.publishedDate(), metadata.language(), text.text(), text.headings(), metadata.publishedTime());
        positions.replaceAll(position -> position < 0 ? text.paragraphCount() : position);
        return new ImportResult(draft, dropped, warnings, positions);
    }

    /**
     * A short line near the top that names the author: "By Jane Doe", "Posted 12/01/2026 by K. Drummond". When the
     * page declares a byline the line must contain it; otherwise it must be "By" and a capitalised name with no
     * sentence-ending period, so that "By Monday, schools had closed." stays text.
     */
    static boolean isBylineLine(String line, String byline) {
        if (line.length() > 120 || !BYLINE_START.matcher(line).find()) {
            return false;
        }
        if (!byline.isEmpty()) {
            String firstAuthor = byline.split(",")[0].strip();
            return line.contains(firstAuthor);
        }
        return STRICT_BYLINE.matcher(line).matches();
    }

    private static boolean isTitleSegment(String line, String title) {
        if (title.isEmpty()) {
            return false;
        }
        for (String segment : MetadataExtractor.titleSegments(title)) {
            if (segment.length() < title.length() && sameText(line, segment)) {
                return true;
            }
        }
        return false;
    }

    /** The blocks of the page's own article container, or null when it has none worth trusting. */
    private static List<Block> fromMarkedContainer(Document doc, List<String> dropped) {
        Element container = ContainerLocator.marked(doc);
        if (container == null) {
            return null;
        }
        List<Block> removed = PageCleaner.clean(container);
        List<Block> blocks = BlockCollector.collect(container);
        if (characters(blocks) < MIN_CONTAINER_CHARS) {
            return null;
        }
        removed.forEach(block -> dropped.add(block.text()));
        return blocks;
    }

    /** The blocks of the cleaned page's paragraph-dense element, or null when no element clearly holds the text. */
    private static List<Block> fromDensestContainer(Document doc) {
        PageCleaner.clean(doc.body());
        if (nestedDeeperThan(doc.body(), MAX_READABILITY_DEPTH)) {
            // Scoring every paragraph's text costs its subtree; on tag soup nested this deep that is quadratic.
            return null;
        }
        Element container = ContainerLocator.densest(doc.body());
        if (container == null) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        for (Element lead : ContainerLocator.leadBefore(container)) {
            blocks.addAll(BlockCollector.collect(lead));
        }
        blocks.addAll(BlockCollector.collect(container));
        return characters(blocks) < MIN_CONTAINER_CHARS ? null : blocks;
    }

    /**
     * Readability4j's choice on the cleaned page; the whole cleaned page when it finds nothing (very short pages) or
     * fails. It rewrites the document it is given, so it works on a copy.
     */
    private static List<Block> fromReadability(Document doc, String base, List<String> warnings, String source) {
        String tooBig = tooBigForReadability(doc.body());
        if (tooBig != null) {
            warnings.add("The article extractor was skipped for " + source + " because " + tooBig
                    + "; the whole page text was used.");
            return BlockCollector.collect(doc.body());
        }
        Element content;
        try {
            // Readability4j only uses the address to resolve relative links, which Margin does not keep.
            content = new Readability4J(base.isEmpty() ? "http://localhost/" : base, doc.clone()).parse().getArticleContent();
        } catch (RuntimeException e) {
            // A library bug on hostile markup must not cost the user the article: the cleaned page is still there.
            warnings.add("The article extractor failed on " + source + " (" + e + "); the whole page text was used.");
            content = null;
        }
        List<Block> blocks = content == null ? List.of() : BlockCollector.collect(content);
        return blocks.isEmpty() ? BlockCollector.collect(doc.body()) : blocks;
    }

    /**
     * Why Readability4j must not see this page, or null. Its work grows with the square of the nesting (100,000
     * unclosed {@code <div>}s took 90 s and 1.2 GB), so a page nested deeper than {@value #MAX_READABILITY_DEPTH} levels
     * or holding more than {@value #MAX_READABILITY_ELEMENTS} elements after cleaning goes without it.
     */
    static String tooBigForReadability(Element root) {
        int elements = 0;
        int deepest = 0;
        Deque<Element> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(root);
        depths.push(1);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            int depth = depths.pop();
            elements++;
            deepest = Math.max(deepest, depth);
            if (deepest > MAX_READABILITY_DEPTH) {
                return "its elements are nested more than " + MAX_READABILITY_DEPTH + " levels deep";
            }
            if (elements > MAX_READABILITY_ELEMENTS) {
                return "it has more than " + String.format(Locale.ROOT, "%,d", MAX_READABILITY_ELEMENTS) + " elements";
            }
            for (Element child : element.children()) {
                pending.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    static boolean nestedDeeperThan(Element root, int limit) {
        int[] deepest = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0] > limit;
    }

    private static int characters(List<Block> blocks) {
        int count = 0;
        for (Block block : blocks) {
            count += block.text().length();
        }
        return count;
    }

    private static boolean sameText(String a, String b) {
        return !b.isEmpty() && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
