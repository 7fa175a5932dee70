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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The one entry point for turning outside text into an {@link ArticleDraft}: local files (plain text, Markdown,
 * HTML), web pages by URL, pasted text and HTML already in memory. Every path ends in the same normalised text
 * (see {@link TextNormalizer}); every failure is an {@link ImportException} whose message names the file or URL,
 * and nothing is returned half-built. Storing, de-duplication and revisions are the caller's business.
 *
 * <p>Files are dispatched by extension: .txt/.text, .md/.markdown, .html/.htm/.xhtml, .mhtml/.mht (a page saved as
 * one file, {@link MhtmlReader}), .pdf ({@link PdfImporter}), and the web archives .warc/.warc.gz/.wacz
 * ({@link WebArchives}: {@link #archivePages} lists their pages, {@link #importArchivedPage} imports one). Any other
 * extension is sniffed: a PDF by its signature; content starting with {@code <!doctype html}, {@code <html} or holding
 * {@code <body}/{@code <p>} near the top is HTML, otherwise readable text is imported as plain text. Files larger than
 * {@link #MAX_FILE_BYTES} ({@link #MAX_DOCUMENT_BYTES} for MHTML and PDF) are refused,
 * and so are named pipes, devices and sockets, at once (reading a named pipe would wait for a writer forever).
 *
 * <p>Hostile input ends in an {@link ImportException} for that input alone, never in an error that stops a batch:
 * nesting too deep for the parsers is refused by {@link MarkdownImporter} and bounded by jsoup and
 * {@link HtmlArticleExtractor}, and anything a parser still throws ({@code StackOverflowError}, {@code OutOfMemoryError},
 * a library bug) becomes a message naming the input. The overloads taking a {@link BooleanSupplier} ask it between
 * blocks of one long file or page and stop with an {@link ImportCancelledException}.
 *
 * <p>A user name and password in an address ({@code http://user:secret@host/}, also a canonical link or a front-matter
 * url) are removed before the draft is returned, with a warning saying so: the address is stored and exported.
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

    /**
     * 100 MiB for a page saved as one MHTML file or a PDF: both carry the article's images (MHTML in base64, a third
     * larger than they are), so a long illustrated article passes 20 MiB; an MHTML's HTML part alone is held to
     * {@link MhtmlReader#MAX_HTML_BYTES}, a PDF to {@link PdfImporter#MAX_PAGES} pages.
     */
    public static final long MAX_DOCUMENT_BYTES = 100L * 1024 * 1024;

    private static final String CREDENTIALS_REMOVED = "The user name and password in the address were removed:"
            + " Margin does not send, store or export them.";

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
        return importFile(file, null);
    }

    /** As {@link #importFile(Path)}, stopping with an {@link ImportCancelledException} once {@code cancelled} is true. */
    public ImportResult importFile(Path file, BooleanSupplier cancelled) throws ImportException {
        String source = "the file " + file;
        CancelCheck cancel = CancelCheck.of(cancelled);
        if (WebArchives.isArchive(file)) {
            return onlyPageOf(file, cancelled);
        }
        return guarded(source, () -> {
            String extension = extension(file);
            boolean document = extension.equals("mhtml") || extension.equals("mht") || extension.equals("pdf");
            byte[] bytes = readFile(file, source, document ? MAX_DOCUMENT_BYTES : MAX_FILE_BYTES);
            cancel.check();
            return switch (extension) {
                case "txt", "text" -> text(bytes, source, null, cancel);
                case "md", "markdown" -> markdown(bytes, source, cancel);
                case "html", "htm", "xhtml" -> html(bytes, source, null, null, cancel);
                case "mhtml", "mht" -> mhtml(bytes, source, cancel);
                case "pdf" -> PdfImporter.read(bytes, source, cancel);
                default -> isPdf(bytes) ? PdfImporter.read(bytes, source, cancel) : sniffed(bytes, source, cancel);
            };
        });
    }

    /**
     * The article pages in a web archive (.warc, .warc.gz, .wacz), in the order they were captured; {@code progress}
     * hears the fraction of the archive read. See {@link WebArchives}.
     */
    public List<ArchivedPage> archivePages(Path archive, BooleanSupplier cancelled, DoubleConsumer progress) throws ImportException {
        return WebArchives.pages(archive, cancelled, progress);
    }

    /** Imports one page of a web archive through the HTML path, with the address it was captured at. */
    public ImportResult importArchivedPage(Path archive, ArchivedPage page, BooleanSupplier cancelled) throws ImportException {
        String source = page.url() + " in the web archive " + archive;
        CancelCheck cancel = CancelCheck.of(cancelled);
        return guarded(source, () -> {
            WebArchives.CapturedPage captured = WebArchives.read(archive, page, cancel);
            return html(captured.body(), source, captured.charset(), captured.url(), cancel);
        });
    }

    /** A web archive imported as a file: its one article page, or a message saying there are several to choose from. */
    private ImportResult onlyPageOf(Path archive, BooleanSupplier cancelled) throws ImportException {
        List<ArchivedPage> pages = archivePages(archive, cancelled, fraction -> { });
        if (pages.size() == 1) {
            return importArchivedPage(archive, pages.get(0), cancelled);
        }
        throw new ImportException(pages.isEmpty() ? WebArchives.noArticlePages(archive)
                : "Cannot import the web archive " + archive + " as one article: it holds " + pages.size()
                + " article pages; choose the ones to import.");
    }

    /** Fetches a web page (http or https) and imports it as HTML, or as plain text when the server says text/plain. */
    public ImportResult importUrl(URI url) throws ImportException {
        return importUrl(url, null);
    }

    /** As {@link #importUrl(URI)}, stopping with an {@link ImportCancelledException} once {@code cancelled} is true. */
    public ImportResult importUrl(URI url, BooleanSupplier cancelled) throws ImportException {
        URI address = UrlCredentials.removed(url);
        List<String> warnings = UrlCredentials.present(url.toString()) ? List.of(CREDENTIALS_REMOVED) : List.of();
        String source = address.toString();
        CancelCheck cancel = CancelCheck.of(cancelled);
        return withWarnings(guarded(source, () -> {
            FetchedPage page = fetcher.fetch(address, cancelled);
            if (page.isPlainText()) {
                ImportResult result = text(page.body(), source, page.charset(), cancel);
                ArticleDraft draft = result.draft();
                return new ImportResult(new ArticleDraft(draft.title(), draft.byline(), draft.outlet(),
                        page.finalUri().toString(), draft.publishedDate(), draft.language(), draft.text(), draft.headings()),
                        result.droppedBoilerplate(), result.warnings());
            }
            return html(page.body(), source, page.charset(), page.finalUri(), cancel);
        }), warnings);
    }

    /** Imports pasted text; the title, when given, is used as is, otherwise the plain-text title rule applies. */
    public ImportResult importPasted(String text, String titleOrNull) throws ImportException {
        return importPasted(text, titleOrNull, null);
    }

    /** As {@link #importPasted(String, String)}, stopping with an {@link ImportCancelledException} once {@code cancelled} is true. */
    public ImportResult importPasted(String text, String titleOrNull, BooleanSupplier cancelled) throws ImportException {
        String source = "the pasted text";
        return guarded(source, () -> fromText(text == null ? "" : text, titleOrNull, source, CancelCheck.of(cancelled)));
    }

    /**
     * Imports HTML already in memory; {@code baseOrNull} resolves relative links and becomes the article's URL when
     * the page names no canonical address.
     */
    public ImportResult importHtml(String html, URI baseOrNull) throws ImportException {
        return importHtml(html, baseOrNull, null);
    }

    /** As {@link #importHtml(String, URI)}, stopping with an {@link ImportCancelledException} once {@code cancelled} is true. */
    public ImportResult importHtml(String html, URI baseOrNull, BooleanSupplier cancelled) throws ImportException {
        URI base = baseOrNull == null ? null : UrlCredentials.removed(baseOrNull);
        String source = base == null ? "the HTML" : base.toString();
        if (html == null || TextNormalizer.isBlank(html)) {
            throw new ImportException("Nothing to import from " + source + ": it is empty.");
        }
        return guarded(source, () -> Dateline.moveOut(htmlExtractor.extract(html, base, source, CancelCheck.of(cancelled))));
    }

    /** A page saved as one MHTML file: its HTML part goes the HTML way, with the part's charset and address. */
    private ImportResult mhtml(byte[] bytes, String source, CancelCheck cancel) throws ImportException {
        MhtmlReader.Page page = MhtmlReader.read(bytes, source, cancel);
        ImportResult result = html(page.html(), source, page.charset(), page.location(), cancel);
        if (!result.draft().title().isEmpty() || page.subject().isEmpty()) {
            return result;
        }
        return new ImportResult(result.draft().withTitle(page.subject()), result.droppedBoilerplate(), result.warnings());
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /** The file name's extension in lower case, "" when it has none. */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }

    private ImportResult sniffed(byte[] bytes, String source, CancelCheck cancel) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, null, true);
        cancel.check();
        String head = decoded.text().substring(0, Math.min(decoded.text().length(), 2048)).toLowerCase(Locale.ROOT);
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") || head.contains("<p>")) {
            return withWarnings(Dateline.moveOut(htmlExtractor.extract(decoded.text(), null, source, cancel)), decoded.warnings());
        }
        return withWarnings(fromText(decoded.text(), null, source, cancel), decoded.warnings());
    }

    private ImportResult text(byte[] bytes, String source, String charset, CancelCheck cancel) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, charset, false);
        cancel.check();
        return withWarnings(fromText(decoded.text(), null, source, cancel), decoded.warnings());
    }

    private ImportResult markdown(byte[] bytes, String source, CancelCheck cancel) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, null, false);
        cancel.check();
        ImportResult result = MarkdownImporter.toResult(decoded.text(), source, cancel);
        if (result == null) {
            throw emptySource(source);
        }
        return withWarnings(requireText(result, source), decoded.warnings());
    }

    private ImportResult html(byte[] bytes, String source, String charset, URI page, CancelCheck cancel) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, source, charset, true);
        cancel.check();
        if (TextNormalizer.isBlank(decoded.text())) {
            throw emptySource(source);
        }
        return withWarnings(Dateline.moveOut(htmlExtractor.extract(decoded.text(), page, source, cancel)), decoded.warnings());
    }

    private static ImportResult fromText(String text, String titleOrNull, String source, CancelCheck cancel)
            throws ImportException {
        ImportResult result = PlainTextImporter.toResult(text, titleOrNull, cancel);
        if (result == null) {
            throw emptySource(source);
        }
        return requireText(Dateline.moveOut(result), source);
    }

    /** One import's parsing, whatever it throws turned into a message about this input. */
    @FunctionalInterface
    private interface ParseWork {
        ImportResult run() throws ImportException;
    }

    /**
     * Runs one input's reading and parsing so that nothing but an {@link ImportException} leaves it: a batch goes on
     * with the next input whatever a parser did with this one. The result's address loses any user name and password.
     */
    private static ImportResult guarded(String source, ParseWork work) throws ImportException {
        try {
            return withoutCredentials(work.run());
        } catch (CancellationException e) {
            throw new ImportCancelledException(source);
        } catch (StackOverflowError e) {
            throw new ImportException("Cannot import " + source + ": its markup is nested too deeply for Margin to read"
                    + " (the parser ran out of stack).", e);
        } catch (OutOfMemoryError e) {
            throw new ImportException("Cannot import " + source + ": reading it needs more memory than Margin has.", e);
        } catch (RuntimeException | Error e) {
            // A parser bug on odd input: the user gets this input named as failed, the log the cause.
            throw new ImportException("Cannot import " + source + ": the parser failed on it (" + e + ").", e);
        }
    }

    private static ImportResult withoutCredentials(ImportResult result) {
        ArticleDraft draft = result.draft();
        if (!UrlCredentials.present(draft.url())) {
            return result;
        }
        ArticleDraft clean = new ArticleDraft(draft.title(), draft.byline(), draft.outlet(), UrlCredentials.removed(draft.url()),
                draft.publishedDate(), draft.language(), draft.text(), draft.headings(), draft.publishedTime());
        List<String> warnings = new ArrayList<>(result.warnings());
        if (!warnings.contains(CREDENTIALS_REMOVED)) {
            warnings.add(CREDENTIALS_REMOVED);
        }
        return new ImportResult(clean, result.droppedBoilerplate(), warnings, result.droppedPositions());
    }

    private static ImportResult withWarnings(ImportResult result, List<String> warnings) {
        if (warnings.isEmpty()) {
            return result;
        }
        List<String> all = new ArrayList<>(warnings);
        result.warnings().stream().filter(warning -> !all.contains(warning)).forEach(all::add);
        return new ImportResult(result.draft(), result.droppedBoilerplate(), all, result.droppedPositions());
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

    private static byte[] readFile(Path file, String source, long maxBytes) throws ImportException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ImportException("Cannot import " + source + ": it is a folder, not a file.");
            }
            if (!attributes.isRegularFile()) {
                // Opening a named pipe waits for a writer, possibly forever; a device may never end.
                throw new ImportException("Cannot import " + source + ": it is not a regular file (a named pipe, device"
                        + " or socket); only files can be imported.");
            }
            long size = attributes.size();
            if (size > maxBytes) {
                throw new ImportException("Cannot import " + source + ": it is " + ByteSizes.sizeAndLimit(size, maxBytes)
                        + " for an article file.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the cap, in case the file grew after it was measured.
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new ImportException("Cannot import " + source + ": it grew past the limit of "
                            + ByteSizes.megabytes(maxBytes) + " for an article file while it was being read.");
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
}
