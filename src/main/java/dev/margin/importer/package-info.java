/**
 * Turns outside text into {@link dev.margin.domain.ArticleDraft}s: local files (plain text, Markdown, HTML, MHTML,
 * PDF), pages of web archives (WARC, WACZ), web pages
 * by URL, pasted text and HTML in memory. Depends on the domain only; storing, de-duplication and revisions are
 * the caller's (the service layer's) business. The entry point is {@link dev.margin.importer.ArticleImporter}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Normalisation</b> ({@link dev.margin.importer.TextNormalizer}): line endings to {@code '\n'}, one
 *       paragraph per line (hard-wrapped plain text is re-joined per block, see {@code PlainTextImporter}), blank
 *       lines collapse, ASCII space/tab runs collapse, paragraph edges stripped. NBSP and the other
 *       Unicode spaces are kept inside a paragraph and stripped only at its edges. Curly quotes, dashes, RTL, CJK and
 *       emoji (ZWJ sequences, flags, tag sequences, skin tones) pass unchanged.</li>
 *   <li><b>Boilerplate</b>: page furniture (navigation, banners, share bars, newsletter boxes, ads, captions, related
 *       lists) is removed by element; related-link and subscription lines inside the body ("Also read: …",
 *       "READ MORE", a paragraph that is only a link) are <em>removed from the reading text and reported</em> in
 *       {@link dev.margin.importer.ImportResult#droppedBoilerplate()}, together with what was removed by element
 *       from inside the article container. The same {@code RelatedLinkFilter} runs on every path: HTML, plain
 *       text, pasted text and Markdown (where a paragraph that is only a link counts as a teaser, as in HTML).
 *       Prose that merely starts with "Read" or "Related" stays: a label counts only with a separator or alone.</li>
 *   <li><b>Bylines in text without markup</b> ({@code BylineLine}, {@code TextLeadRules}): on the plain-text,
 *       pasted and Markdown paths, a paragraph among the first two after the title that is "By" and name-like
 *       groups only ("By Jane Doe", "By Jane Doe and Omar Haddad", "By Jane Doe, Margin Sample Wire";
 *       capitalised words, at most 100 characters, no weekday or month after "By") becomes
 *       {@link dev.margin.domain.ArticleDraft#byline()} and leaves the reading text. "By Monday, the council had
 *       voted…" stays text, and so does a wire dateline ("PORT ELLERY, March 3 (Margin Sample Wire) – …"). When a
 *       Markdown front matter already names the author (author/byline), it wins and the "By" paragraph is dropped
 *       and reported. Front matter keys: title, author/byline, outlet/source/site/publisher, date, url/canonical,
 *       lang.</li>
 *   <li><b>Datelines</b> ({@code Dateline}, plain text, pasted text and HTML): a first paragraph that is only a date
 *       stamp ("14 May 2025, 08:30") or only a wire dateline ("LONDON, May 14 (Reuters) -") leaves the reading text for
 *       the published date (when the page gave none) or the outlet (when there is none), and is reported as dropped;
 *       a stamp before a dash at the head of a paragraph is cut off, the rest kept. A wire dateline that leads the
 *       story's prose stays text, as above.</li>
 *   <li><b>Encodings</b> ({@code TextDecoder}): byte order mark, then the HTTP charset, then (HTML) the meta charset,
 *       then UTF-8. Decoding is strict: undecodable bytes are an error naming the byte offset; Margin never guesses
 *       another charset, because a wrong guess silently corrupts the words people annotate.</li>
 *   <li><b>Saved pages, PDFs, web archives</b>: an MHTML file's page part goes the HTML way with the charset and
 *       address its MIME headers give ({@code MhtmlReader}, Apache mime4j). A PDF's glyphs are put in reading order
 *       by cutting each page along its white space (column gutters, bands for headlines across columns), running
 *       headers, footers and page numbers are dropped and reported, paragraphs are rebuilt from line spacing and
 *       indents, and line-end hyphens are undone only where they split a word ({@code PdfLayout},
 *       {@code PdfGutters}, {@code PdfParagraphs}, PDFBox). A web archive is read as a stream with jwarc; its article
 *       pages are listed ({@link dev.margin.importer.ArchivedPage}) and one page at a time is imported through the
 *       HTML path ({@link dev.margin.importer.WebArchives}).</li>
 *   <li><b>Limits</b>: files up to {@link dev.margin.importer.ArticleImporter#MAX_FILE_BYTES} (20 MiB); downloads up to
 *       {@link dev.margin.importer.UrlFetcher#DEFAULT_MAX_BYTES} (10 MiB) within
 *       {@link dev.margin.importer.UrlFetcher#DEFAULT_TIMEOUT} (20 s) and
 *       {@value dev.margin.importer.UrlFetcher#MAX_REDIRECTS} redirects.</li>
 * </ul>
 */
package dev.margin.importer;
