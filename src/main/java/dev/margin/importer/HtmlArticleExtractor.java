package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Extracts the reading text and metadata of a news page.
 *
 * <p>Strategy, chosen for both quality and speed (Readability4j costs several times a jsoup parse): when the page
 * marks its article body ({@code [itemprop=articleBody]}, else the {@code <article>} with the most paragraph text,
 * else {@code <main>}) and that container holds at least {@value #MIN_CONTAINER_CHARS} characters of text once cleaned, the
 * container is used; otherwise the whole page is cleaned and Readability4j picks the content. Either way
 * {@link PageCleaner} removes page furniture, {@link BlockCollector} cuts paragraphs and headings, and
 * {@link RelatedLinkFilter} keeps related-link lines out. The title is not repeated as the first paragraph,
 * and a leading "By …" line is dropped because the byline is metadata.
 */
final class HtmlArticleExtractor {
    static final int MIN_CONTAINER_CHARS = 200;
    private static final Pattern BYLINE_LINE = Pattern.compile("^(?:By|BY|Von|Par|Por)\\s+\\p{Lu}[^.]{0,100}$");

    private final MetadataExtractor metadataExtractor;

    HtmlArticleExtractor(MetadataExtractor metadataExtractor) {
        this.metadataExtractor = metadataExtractor;
    }

    ImportResult extract(String html, URI pageUriOrNull, String source) throws ImportException {
        String base = pageUriOrNull == null ? "" : pageUriOrNull.toString();
        Document doc = Jsoup.parse(html, base);
        HtmlMetadata metadata = metadataExtractor.extract(doc, pageUriOrNull == null ? null : base);
        List<String> dropped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<Block> blocks = fromMarkedContainer(doc, dropped);
        if (blocks == null) {
            blocks = fromReadability(doc, base);
        }
        String title = metadata.title();
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (RelatedLinkFilter.isBoilerplate(block)) {
                dropped.add(block.text());
            } else if (kept.isEmpty() && sameText(block.text(), title)) {
                continue;
            } else if (kept.isEmpty() && title.isEmpty() && block.heading()) {
                title = block.text();
            } else if (kept.size() < 3 && BYLINE_LINE.matcher(block.text()).matches()) {
                dropped.add(block.text());
            } else {
                kept.add(block);
            }
        }
        ReadingTextBuilder text = new ReadingTextBuilder();
        kept.forEach(block -> text.add(block.text(), block.heading()));
        if (text.isEmpty()) {
            throw new ImportException("No article text found in " + source + ": after navigation, ads and other page"
                    + " furniture were removed, no paragraph of text was left.");
        }
        ArticleDraft draft = new ArticleDraft(title, metadata.byline(), metadata.outlet(), metadata.url(),
                metadata.publishedDate(), metadata.language(), text.text(), text.headings());
        return new ImportResult(draft, dropped, warnings);
    }

    /** The blocks of the page's own article container, or null when it has none worth trusting. */
    private static List<Block> fromMarkedContainer(Document doc, List<String> dropped) {
        Element container = markedContainer(doc);
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

    private static Element markedContainer(Document doc) {
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = richest(doc.getElementsByTag("article"));
        if (best != null) {
            return best;
        }
        return richest(doc.select("main, [role=main]"));
    }

    private static Element richest(Elements candidates) {
        Element best = null;
        int bestLetters = 0;
        for (Element candidate : candidates) {
            int letters = 0;
            for (Element p : candidate.getElementsByTag("p")) {
                letters += p.text().length();
            }
            if (letters > bestLetters) {
                best = candidate;
                bestLetters = letters;
            }
        }
        return best;
    }

    private static List<Block> fromReadability(Document doc, String base) {
        PageCleaner.clean(doc.body());
        // Readability4j rewrites the document it is given; keep the cleaned page for short pages it finds nothing in.
        Document forReadability = doc.clone();
        Article article = new Readability4J(base.isEmpty() ? "http://localhost/" : base, forReadability).parse();
        Element content = article.getArticleContent();
        List<Block> blocks = content == null ? List.of() : BlockCollector.collect(content);
        return blocks.isEmpty() ? BlockCollector.collect(doc.body()) : blocks;
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
