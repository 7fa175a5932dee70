package dev.margin.service;

import dev.margin.export.ClaimReviewExporter;
import dev.margin.export.CsvExporter;
import dev.margin.export.Exporter;
import dev.margin.export.HtmlExporter;
import dev.margin.export.JsonLdExporter;
import dev.margin.export.MarkdownExporter;
import dev.margin.export.PdfReportExporter;

import java.util.Locale;

/**
 * The export formats, with the names the command line uses ({@code --format md}). MARKDOWN_FOLDER
 * writes one note per article into a folder; every other format writes one file.
 */
public enum ExportFormat {
    MARKDOWN("md"),
    MARKDOWN_FOLDER("md-folder"),
    HTML("html"),
    CSV("csv"),
    CSV_WITH_BOM("csv-bom"),
    JSONLD("jsonld"),
    CLAIMREVIEW("claimreview"),
    PDF("pdf");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * A fresh exporter for a single-file format. Not public on purpose: the command line reads this enum's constants
     * by reflection at every start, which resolves the types of its public methods, and this one's would load the
     * exporters' interface with it.
     */
    Exporter exporter() {
        return exporter(ExportOptions.DEFAULT);
    }

    /** A fresh exporter for a single-file format; {@code options} matter where the format has a use for them. */
    Exporter exporter(ExportOptions options) {
        return Exporters.of(this, options);
    }

    /**
     * The exporters' classes are named only here, in a class that loads at the first export: the command line
     * reads this enum at every start (the window's included), and the exporters (PDF's among them) need not load then.
     */
    private static final class Exporters {
        static Exporter of(ExportFormat format, ExportOptions options) {
            return switch (format) {
                case MARKDOWN -> new MarkdownExporter(true);
                case MARKDOWN_FOLDER -> throw new IllegalStateException(format + " writes a folder, not one file");
                case HTML -> new HtmlExporter();
                case CSV -> new CsvExporter(false);
                case CSV_WITH_BOM -> new CsvExporter(true);
                case JSONLD -> new JsonLdExporter(false);
                case CLAIMREVIEW -> new ClaimReviewExporter(options.reviewer());
                case PDF -> new PdfReportExporter(options.includeArticleText());
            };
        }
    }

    public boolean writesFolder() {
        return this == MARKDOWN_FOLDER;
    }

    /** The format of a command-line name ("md", "html", "csv", "csv-bom", "jsonld", "claimreview", "pdf", "md-folder"). */
    public static ExportFormat ofCliName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown export format \"" + name + "\"; use one of md, md-folder, html, csv, csv-bom, jsonld, claimreview, pdf.");
    }
}
