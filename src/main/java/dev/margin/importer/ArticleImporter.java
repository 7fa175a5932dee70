package dev.margin.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.ArticleDraft;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one entry point for turning outside text into an {@link ArticleDraft}: local files (plain text, Markdown,
 * HTML), web pages by URL, pasted text and HTML already in memory. Every path ends in the same normalised text
 * (see {@link TextNormalizer}); every failure is an {@link ImportException} whose message names the file or URL,
 * and nothing is returned half-built. Storing, de-duplication and revisions are the caller's business.
 *
 * <p>Files are dispatched by extension: .txt/.text, .md/.markdown, .html/.htm/.xhtml. Any other extension is
 * sniffed: content starting with {@code <!doctype html}, {@code <html} or holding {@code <body}/{@code <p>} near the
 * top is HTML, otherwise readable text is imported as plain text. Files larger than {@link #MAX_FILE_BYTES} are refused.
 *
 * <p>An instance holds no mutable state and may be shared between threads (see ConcurrentImportTest).
 */
public final class ArticleImporter {
    /**
     * 20 MiB. The largest real news pages, scripts and inline images included, are a few MiB; a text file past this
     * is a book or a data dump, not an article, and decoding it (bytes, a UTF-16 copy, a DOM) would take hundreds of
     * MiB of memory in a desktop app.
     */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final HtmlArticleExtractor htmlExtractor;
    private final UrlFetcher fetcher;

    /** An importer that fetches URLs with {@link UrlFetcher}'s default limits. */
    public ArticleImporter() {
        this(new UrlFetcher());
    }

    public ArticleImporter(UrlFetcher fetcher) {
        this.fetcher = fetcher;
        this.htmlExtractor = new HtmlArticleExtractor(new MetadataExtractor(new ObjectMapper()));
    }

    /** Imports a local .txt, .md or .html file (other extensions are sniffed). */
    public ImportResult importFile(Path file) throws ImportException {
        String source = "the file " + file;
        byte[] bytes = readFile(file, source);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "txt", "text" -> text(bytes, source, null);
            case "md", "markdown" -> markdown(bytes, source);
            case "html", "htm", "xhtml" -> html(bytes, source, null, null);
            default -> sniffed(bytes, source);
        };
    }

    /** Fetches a web page (http or https) and imports it as HTML, or as plain text when the server says text/plain. */
    public ImportResult importUrl(URI url) throws ImportException {
        FetchedPage page = fetcher.fetch(url);
        String source = url.toString();
        if (page.isPlainText()) {
            ImportResult result = text(page.body(), source, page.charset());
            ArticleDraft draft = result.draft();
            return new ImportResult(new ArticleDraft(draft.title(), draft.byline(), draft.outlet(),
                    page.finalUri().toString(), draft.publishedDate(), draft.language(), draft.text(), draft.headings()),
                    result.droppedBoilerplate(), result.warnings());
        }
        return html(page.body(), source, page.charset(), page.finalUri());
    }

    /** Imports pasted text; the title, when given, is used as is, otherwise the plain-text title rule applies. */
    public ImportResult importPasted(String text, String titleOrNull) throws ImportException {
        return fromText(text == null ? "" : text, titleOrNull, "the pasted text");
    }

    /**
     * Imports HTML already in memory; {@code baseOrNull} resolves relative links and becomes the article's URL when
     * the page names no canonical address.
     */
    public ImportResult importHtml(String html, URI baseOrNull) throws ImportException {
        String source = baseOrNull == null ? "the HTML" : baseOrNull.toString();
        if (html == null || TextNormalizer.isBlank(html)) {
            throw new ImportException("Nothing to import from " + source + ": it is empty.");
        }
        return htmlExtractor.extract(html, baseOrNull, source);
    }

    private ImportResult sniffed(byte[] bytes, String source) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, null, true);
        String head = decoded.text().substring(0, Math.min(decoded.text().length(), 2048)).toLowerCase(Locale.ROOT);
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") || head.contains("<p>")) {
            return withWarnings(htmlExtractor.extract(decoded.text(), null, source), decoded.warnings());
        }
        return withWarnings(fromText(decoded.text(), null, source), decoded.warnings());
    }

    private ImportResult text(byte[] bytes, String source, String charset) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, charset, false);
        return withWarnings(fromText(decoded.text(), null, source), decoded.warnings());
    }

    private ImportResult markdown(byte[] bytes, String source) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, null, false);
        ImportResult result = MarkdownImporter.toResult(decoded.text());
        if (result == null) {
            throw emptySource(source);
        }
        return withWarnings(requireText(result, source), decoded.warnings());
    }

    private ImportResult html(byte[] bytes, String source, String charset, URI page) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, charset, true);
        if (TextNormalizer.isBlank(decoded.text())) {
            throw emptySource(source);
        }
        return withWarnings(htmlExtractor.extract(decoded.text(), page, source), decoded.warnings());
    }

    private static ImportResult fromText(String text, String titleOrNull, String source) throws ImportException {
        ImportResult result = PlainTextImporter.toResult(text, titleOrNull);
        if (result == null) {
            throw emptySource(source);
        }
        return requireText(result, source);
    }

    private static ImportResult withWarnings(ImportResult result, List<String> warnings) {
        if (warnings.isEmpty()) {
            return result;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(result.warnings());
        return new ImportResult(result.draft(), result.droppedBoilerplate(), all);
    }

    /** Refuses a text left empty: every paragraph was boilerplate, or (Markdown) the only one was the title. */
    private static ImportResult requireText(ImportResult result, String source) throws ImportException {
        if (!result.draft().text().isEmpty()) {
            return result;
        }
        if (result.droppedBoilerplate().isEmpty()) {
            throw new ImportException("No article text found in " + source + ": it holds only its title.");
        }
        throw new ImportException("No article text found in " + source + ": it holds only related-link or"
                + " promotional lines such as “" + result.droppedBoilerplate().get(0) + "”.");
    }

    private static ImportException emptySource(String source) {
        String subject = Character.toUpperCase(source.charAt(0)) + source.substring(1);
        return new ImportException(subject + " is empty or holds only white space; there is no text to import.");
    }

    private static byte[] readFile(Path file, String source) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("Cannot import " + source + ": it is a folder, not a file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException("Cannot import " + source + ": it is " + megabytes(size) + " MB, more than the "
                        + megabytes(MAX_FILE_BYTES) + " MB an article file may have.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the cap, in case the file grew after Files.size.
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new ImportException("Cannot import " + source + ": it is more than the "
                            + megabytes(MAX_FILE_BYTES) + " MB an article file may have.");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ImportException("Cannot import " + source + ": there is no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("Cannot import " + source + ": permission to read it was denied.", e);
        } catch (IOException e) {
            throw new ImportException("Cannot import " + source + ": it could not be read (" + e.getMessage() + ").", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
