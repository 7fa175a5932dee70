package dev.margin.service;

import dev.margin.export.ClaimReviewExporter;
import dev.margin.export.CsvExporter;
import dev.margin.export.Exporter;
import dev.margin.export.HtmlExporter;
import dev.margin.export.JsonLdExporter;
import dev.margin.export.MarkdownExporter;
import dev.margin.export.PdfReportExporter;

import java.util.Locale;
import java.util.function.Function;

/**
 * The export formats, with the names the command line uses ({@code --format md}). MARKDOWN_FOLDER
 * writes one note per article into a folder; every other format writes one file.
 */
public enum ExportFormat {
    MARKDOWN("md", options -> new MarkdownExporter(true)),
    MARKDOWN_FOLDER("md-folder", null),
    HTML("html", options -> new HtmlExporter()),
    CSV("csv", options -> new CsvExporter(false)),
    CSV_WITH_BOM("csv-bom", options -> new CsvExporter(true)),
    JSONLD("jsonld", options -> new JsonLdExporter(false)),
    CLAIMREVIEW("claimreview", options -> new ClaimReviewExporter(options.reviewer())),
    PDF("pdf", options -> new PdfReportExporter(options.includeArticleText()));

    private final String cliName;
    private final Function<ExportOptions, Exporter> exporter;

    ExportFormat(String cliName, Function<ExportOptions, Exporter> exporter) {
        this.cliName = cliName;
        this.exporter = exporter;
    }

    public String cliName() {
        return cliName;
    }

    /** A fresh exporter for a single-file format, with the default options. */
    public Exporter exporter() {
        return exporter(ExportOptions.DEFAULT);
    }

    /** A fresh exporter for a single-file format; {@code options} matter where the format has a use for them. */
    public Exporter exporter(ExportOptions options) {
        if (exporter == null) {
            throw new IllegalStateException(this + " writes a folder, not one file");
        }
        return exporter.apply(options);
    }

    public boolean writesFolder() {
        return exporter == null;
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
