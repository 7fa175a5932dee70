package dev.margin.cli;

import dev.margin.importer.ArchivedPage;
import dev.margin.importer.ImportException;
import dev.margin.importer.WebArchives;
import dev.margin.service.Cancellation;
import dev.margin.service.ImportService;
import dev.margin.service.ImportSource;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@code margin import} treats web archives (.warc, .warc.gz, .wacz): {@code --list} prints their article pages,
 * {@code --page URL} (repeatable) imports the pages named, {@code --all-pages} every page; without either, an archive
 * with one article page imports it and one with several is refused with a message saying how to choose. Other inputs
 * pass through unchanged.
 */
final class ArchiveInputs {
    private final ImportService imports;
    private final Cancellation cancellation;
    private final List<String> pages;
    private final boolean allPages;

    ArchiveInputs(ImportService imports, Cancellation cancellation, List<String> pages, boolean allPages) {
        this.imports = imports;
        this.cancellation = cancellation;
        this.pages = List.copyOf(pages);
        this.allPages = allPages;
    }

    /** What is wrong with this combination of inputs and options, or null when nothing is. */
    static String misuse(List<String> inputs, boolean list, List<String> pages, boolean allPages) {
        long archives = inputs.stream().filter(input -> archiveOf(input) != null).count();
        if (list && (!pages.isEmpty() || allPages)) {
            return "--list only lists pages; it cannot be combined with --page or --all-pages.";
        }
        if (!pages.isEmpty() && allPages) {
            return "--page and --all-pages exclude each other: name the pages to import, or take them all.";
        }
        if ((list || !pages.isEmpty() || allPages) && archives == 0) {
            return "--list, --page and --all-pages are for web archives (.warc, .warc.gz, .wacz), and none is named.";
        }
        if (!pages.isEmpty() && archives > 1) {
            return "--page names pages of one web archive, and " + archives + " are named: import them one at a time.";
        }
        return null;
    }

    /** Prints each archive's pages (address, capture time, title); false when an input could not be listed. */
    boolean list(List<String> inputs, PrintWriter out, PrintWriter err) {
        boolean all = true;
        for (String input : inputs) {
            Path archive = archiveOf(input);
            if (archive == null) {
                err.println("margin import: " + input + " is not a web archive (.warc, .warc.gz, .wacz); it has no pages to list.");
                all = false;
                continue;
            }
            try {
                List<ArchivedPage> found = imports.archivePages(archive, cancellation, fraction -> { });
                if (inputs.size() > 1) {
                    out.println(input + ": " + (found.size() == 1 ? "1 article page" : found.size() + " article pages"));
                }
                for (ArchivedPage page : found) {
                    out.println(page.url() + "\t" + (page.captured() == null ? "-" : page.captured().toString()) + "\t"
                            + (page.title().isEmpty() ? "-" : OneLine.of(page.title())));
                }
            } catch (ImportException e) {
                err.println("margin import: " + e.getMessage());
                all = false;
            }
            out.flush();
            err.flush();
        }
        return all;
    }

    /** Adds what {@code input} stands for to {@code sources}, with the name each is reported under to {@code names}. */
    void sources(String input, List<ImportSource> sources, List<String> names) {
        Path archive = archiveOf(input);
        if (archive == null) {
            sources.add(ImportSource.argument(input));
            names.add(input);
            return;
        }
        if (!pages.isEmpty()) {
            for (String url : pages) {
                sources.add(new ImportSource.ArchivePage(archive, ArchivedPage.at(url)));
                names.add(url + " (" + input + ")");
            }
            return;
        }
        List<ArchivedPage> found;
        try {
            found = imports.archivePages(archive, cancellation, fraction -> { });
        } catch (ImportException e) {
            sources.add(new ImportSource.Refused(input, e.getMessage()));
            names.add(input);
            return;
        }
        if (allPages || found.size() == 1) {
            for (ArchivedPage page : found) {
                sources.add(new ImportSource.ArchivePage(archive, page));
                names.add(page.url() + " (" + input + ")");
            }
            if (found.isEmpty()) {
                sources.add(new ImportSource.Refused(input, WebArchives.noArticlePages(archive)));
                names.add(input);
            }
            return;
        }
        sources.add(new ImportSource.Refused(input, found.isEmpty() ? WebArchives.noArticlePages(archive)
                : "The web archive " + archive + " holds " + found.size() + " article pages: name the ones to import with"
                + " --page URL (--list shows them), or import them all with --all-pages."));
        names.add(input);
    }

    private static Path archiveOf(String input) {
        return ImportSource.argument(input) instanceof ImportSource.File file && ImportService.isWebArchive(file.path())
                ? file.path() : null;
    }
}
