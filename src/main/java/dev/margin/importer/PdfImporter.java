package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import dev.margin.importer.PdfLayout.Region;
import dev.margin.importer.PdfLayout.Run;
import dev.margin.importer.PdfParagraphs.Paragraph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Text PDFs of articles and press releases to an article, with PDFBox: the glyphs of each page
 * ({@link PdfGlyphReader}) are put in reading order across columns, running headers, footers and page numbers are
 * dropped ({@link PdfLayout}), and paragraphs are rebuilt with hyphenated words joined ({@link PdfParagraphs}).
 *
 * <p>The title is the document's own (its Info title) unless that is missing or a file name ("Microsoft Word -
 * pm_2026_12.docx"); otherwise it is the paragraph set in the largest type on the first page, when that is clearly
 * larger than the body text. Larger type elsewhere marks headings. A byline paragraph near the start ("By Jane Doe")
 * becomes the byline, and related-link and promotional lines are dropped, as for plain text.
 *
 * <p>A PDF that needs a password, holds no text (a scan), is damaged, or has more than {@value #MAX_PAGES} pages is
 * refused with a message that says so and names the file.
 */
final class PdfImporter {
    /** A long report or a book is not an article; past this many pages the layout analysis would also take minutes. */
    static final int MAX_PAGES = 300;
    private static final Pattern FILE_NAME_TITLE = Pattern.compile(
            "(?i)^(?:microsoft (?:word|powerpoint|excel) - .*|.*\\.(?:docx?|odt|rtf|indd|pdf|pages|qxp|pptx?)|untitled.*|unbenannt.*|document\\d*|dokument\\d*)$");

    private PdfImporter() {
    }

    static ImportResult read(byte[] bytes, String source, CancelCheck cancel) throws ImportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException("Cannot import " + source + ": the PDF has no pages.");
            }
            if (pages > MAX_PAGES) {
                throw new ImportException("Cannot import " + source + ": the PDF has " + pages + " pages; Margin imports"
                        + " articles and press releases of up to " + MAX_PAGES + " pages.");
            }
            PdfGlyphReader glyphs = PdfGlyphReader.read(document, cancel);
            return article(glyphs, infoTitle(document.getDocumentInformation()), source, cancel);
        } catch (InvalidPasswordException e) {
            throw new ImportException("Cannot import " + source + ": the PDF is protected by a password. Open it in a PDF"
                    + " reader and save a copy without the password, then import that.", e);
        } catch (IOException e) {
            throw new ImportException("Cannot import " + source + ": it is not a readable PDF file (" + e.getMessage() + ").", e);
        }
    }

    private static ImportResult article(PdfGlyphReader glyphs, String infoTitle, String source, CancelCheck cancel)
            throws ImportException {
        List<List<Run>> pages = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (int p = 0; p < glyphs.pages().size(); p++) {
            pages.add(new ArrayList<>(PdfLayout.runs(p, glyphs.pages().get(p))));
            heights.add(glyphs.pageHeight(p));
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new ImportException("Cannot import " + source + ": the PDF holds no text, only images (a scan or a"
                    + " photo of the pages?). Margin does not read text in images; use a PDF with a text layer.");
        }
        List<String> dropped = new ArrayList<>(PdfLayout.dropRunningLines(pages, heights));
        float bodySize = bodySize(pages);
        List<Region> regions = new ArrayList<>();
        boolean columns = false;
        for (List<Run> page : pages) {
            cancel.check();
            List<Region> pageRegions = PdfLayout.readingOrder(page, bodySize);
            columns |= hasColumns(pageRegions);
            regions.addAll(pageRegions);
        }
        List<Paragraph> paragraphs = PdfParagraphs.of(regions, bodySize);
        String title = infoTitle;
        int titleIndex = titleParagraph(paragraphs, bodySize);
        if (titleIndex >= 0 && (title.isEmpty() || sameText(paragraphs.get(titleIndex).text(), title))) {
            title = title.isEmpty() ? paragraphs.get(titleIndex).text() : title;
            paragraphs.remove(titleIndex);
        }
        List<Block> blocks = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            boolean heading = paragraph.text().length() <= 200 && (paragraph.size() >= bodySize * 1.15f
                    || paragraph.bold() && paragraph.text().length() <= 120 && !endsSentence(paragraph.text()));
            blocks.add(new Block(paragraph.text(), heading, false));
        }
        blocks = TextLeadRules.withoutBoilerplate(blocks, Function.identity(), dropped);
        TextLeadRules.Byline byline = TextLeadRules.takeByline(blocks);
        ReadingTextBuilder text = new ReadingTextBuilder();
        blocks.forEach(block -> text.add(block.text(), block.heading()));
        if (text.isEmpty()) {
            throw new ImportException("No article text found in " + source + ": after its running headers, footers and"
                    + " page numbers were set aside, no paragraph was left.");
        }
        List<String> warnings = columns ? List.of("The PDF " + source.replaceFirst("^the file ", "") + " is set in columns;"
                + " Margin read them left to right and top to bottom: check the order where the article jumps.") : List.of();
        ArticleDraft draft = new ArticleDraft(title, byline == null ? "" : byline.byline(), "", null, null, "", text.text(),
                text.headings());
        return new ImportResult(draft, dropped, warnings);
    }

    /** The type size most characters are set in. */
    private static float bodySize(List<List<Run>> pages) {
        Map<Integer, Integer> characters = new HashMap<>();
        for (List<Run> page : pages) {
            for (Run run : page) {
                characters.merge(Math.round(run.size() * 2), run.text().length(), Integer::sum);
            }
        }
        return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(entry -> entry.getKey() / 2f).orElse(10f);
    }

    /** The first page's paragraph in the largest type, when that type is clearly larger than the body; else -1. */
    private static int titleParagraph(List<Paragraph> paragraphs, float bodySize) {
        float largest = 0;
        int index = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            if (paragraph.page() == 0 && paragraph.size() > largest + 0.25f && paragraph.text().length() <= 300) {
                largest = paragraph.size();
                index = i;
            }
        }
        return largest >= bodySize * 1.25f ? index : -1;
    }

    private static boolean hasColumns(List<Region> regions) {
        for (int i = 1; i < regions.size(); i++) {
            Region a = regions.get(i - 1);
            Region b = regions.get(i);
            boolean sideBySide = a.right() <= b.left() || b.right() <= a.left();
            if (sideBySide && a.lines().size() > 2 && b.lines().size() > 2) {
                return true;
            }
        }
        return false;
    }

    private static String infoTitle(PDDocumentInformation info) {
        String title = info == null || info.getTitle() == null ? "" : TextNormalizer.paragraph(info.getTitle());
        return title.length() > 300 || FILE_NAME_TITLE.matcher(title).matches() ? "" : title;
    }

    private static boolean endsSentence(String text) {
        return ".!?:;".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT).equals(b.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
    }
}
