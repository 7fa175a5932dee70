package dev.margin.ui.export;

import dev.margin.service.ExportFormat;

import java.util.Locale;

/**
 * The formats the export dialog offers, in the order shown. CSV is one choice here; whether it gets a
 * byte-order mark is a separate check box, so the service's two CSV formats meet again in {@link #format}.
 */
public enum FormatOption {
    MARKDOWN("md"),
    MARKDOWN_FOLDER(null),
    HTML("html"),
    CSV("csv"),
    JSONLD("jsonld"),
    CLAIMREVIEW("json"),
    PDF("pdf");

    private final String extension;

    FormatOption(String extension) {
        this.extension = extension;
    }

    /** The service's format for this choice; {@code bom} matters for CSV only. */
    public ExportFormat format(boolean bom) {
        return switch (this) {
            case MARKDOWN -> ExportFormat.MARKDOWN;
            case MARKDOWN_FOLDER -> ExportFormat.MARKDOWN_FOLDER;
            case HTML -> ExportFormat.HTML;
            case CSV -> bom ? ExportFormat.CSV_WITH_BOM : ExportFormat.CSV;
            case JSONLD -> ExportFormat.JSONLD;
            case CLAIMREVIEW -> ExportFormat.CLAIMREVIEW;
            case PDF -> ExportFormat.PDF;
        };
    }

    /** True when the target is a folder (one note per article) rather than one file. */
    public boolean writesFolder() {
        return extension == null;
    }

    /** The file name extension without the dot; ClaimReview files are plain JSON, named {@code ...-claimreview.json}. */
    public String extension() {
        if (extension == null) {
            throw new IllegalStateException(this + " writes a folder");
        }
        return extension;
    }

    /** What goes between the name's stem and the extension, so a ClaimReview file is told apart from other JSON. */
    String nameSuffix() {
        return this == CLAIMREVIEW ? "-claimreview" : "";
    }

    /** The bundle key of the choice's label; its description is under the same key plus ".detail". */
    public String messageKey() {
        return "export.format." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The choice remembered in the settings, or Markdown when the value is missing or unknown. */
    public static FormatOption parse(String name) {
        for (FormatOption option : values()) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return MARKDOWN;
    }
}
