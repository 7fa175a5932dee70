package dev.margin.bench;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.export.AtomicFileWriter;
import dev.margin.export.BundleGenerator;
import dev.margin.export.ClaimReviewExporter;
import dev.margin.export.CsvExporter;
import dev.margin.export.ExportBundle;
import dev.margin.export.Exporter;
import dev.margin.export.HtmlExporter;
import dev.margin.export.JsonLdExporter;
import dev.margin.export.JsonLdReader;
import dev.margin.export.MarkdownExporter;
import dev.margin.export.MarkdownFolderExporter;
import dev.margin.export.PdfReportExporter;
import dev.margin.export.ProtectedFiles;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Exports 100,000 annotations over 1,000 generated articles to every format, each into a real
 * file through {@link AtomicFileWriter}, and prints the time next to two references: the floor
 * (writing the same articles' text and the annotations' exact words as plain UTF-8 to a file,
 * the least any export has to do) and the 5 s budget. Each format is warmed up on 50 articles first.
 * The PDF figure is the report of all 1,000 articles (every annotation, about 15,000 pages).
 */
public final class ExportBench {
    private static final int ARTICLES = 1_000;
    private static final int PER_ARTICLE = 100;
    private static final double BUDGET_SECONDS = 5.0;
    /** CPU time of the exporting thread, printed beside wall time because this machine is shared by parallel builds. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("load average at start: %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        ExportBundle bundle = BundleGenerator.generate(ARTICLES, PER_ARTICLE, 7);
        ExportBundle warmUp = BundleGenerator.generate(50, PER_ARTICLE, 8);
        Path folder = Files.createTempDirectory("margin-export-bench");
        try {
            Map<String, Exporter> formats = new LinkedHashMap<>();
            formats.put("markdown", new MarkdownExporter(true));
            formats.put("html", new HtmlExporter());
            formats.put("csv", new CsvExporter(true));
            formats.put("jsonld", new JsonLdExporter(false));
            formats.put("claimreview", new ClaimReviewExporter());
            formats.put("pdf (report of all 1,000 articles)", new PdfReportExporter());

            System.out.printf("export bench: %,d annotations over %,d articles, %,d characters of text%n",
                    bundle.annotations().size(), bundle.articles().size(),
                    bundle.articles().stream().mapToLong(a -> a.text().length()).sum());
            time("floor: plain text + exact words", folder.resolve("floor.txt"), warmUp, bundle, ExportBench::writePlain);
            for (Map.Entry<String, Exporter> format : formats.entrySet()) {
                Exporter exporter = format.getValue();
                String fileName = format.getKey().split(" ")[0] + "." + exporter.fileExtension();
                time(format.getKey(), folder.resolve(fileName), warmUp, bundle, exporter::write);
            }
            timeFolder(folder, warmUp, bundle);
            timeJsonLdRead(folder.resolve("jsonld.jsonld"), bundle);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private interface Writing {
        void write(ExportBundle bundle, OutputStream out) throws IOException;
    }

    private static void time(String name, Path file, ExportBundle warmUp, ExportBundle bundle, Writing writing) throws IOException {
        AtomicFileWriter.write(file, ProtectedFiles.NONE, out -> writing.write(warmUp, out));
        long gcStart = gcMillis();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AtomicFileWriter.write(file, ProtectedFiles.NONE, out -> writing.write(bundle, out));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        print(name, seconds, cpuSeconds, (gcMillis() - gcStart) / 1e3, Files.size(file));
    }

    private static void timeFolder(Path folder, ExportBundle warmUp, ExportBundle bundle) throws IOException {
        new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(warmUp, folder.resolve("vault-warm-up"));
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long files = new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(bundle, folder.resolve("vault")).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("  %-36s %7.2f s wall %6.2f s cpu  (%,d files, fsync each)   budget %.1f s  %s%n", "markdown folder, one note per article",
                seconds, cpuSeconds, files, BUDGET_SECONDS, seconds <= BUDGET_SECONDS ? "ok" : "OVER BUDGET");
    }

    private static void timeJsonLdRead(Path file, ExportBundle bundle) throws IOException {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ExportBundle read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read = new JsonLdReader().read(in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("  %-36s %7.2f s wall %6.2f s cpu  (%,d annotations back, equal: %s)%n", "jsonld read back", seconds, cpuSeconds,
                read.annotations().size(), new HashSet<>(read.annotations()).equals(new HashSet<>(bundle.annotations())));
    }

    private static void writePlain(ExportBundle bundle, OutputStream out) throws IOException {
        for (Article article : bundle.articles()) {
            out.write(article.text().getBytes(StandardCharsets.UTF_8));
        }
        for (Annotation annotation : bundle.annotations()) {
            out.write(annotation.exact().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void print(String name, double seconds, double cpuSeconds, double gcSeconds, long bytes) {
        System.out.printf("  %-36s %7.2f s wall %6.2f s cpu %6.2f s gc  (%,.1f MB)   budget %.1f s  %s%n", name, seconds, cpuSeconds,
                gcSeconds, bytes / 1e6, BUDGET_SECONDS, seconds <= BUDGET_SECONDS ? "ok" : "OVER BUDGET");
    }

    /** Time the collectors spent so far (pauses and concurrent work as the JVM counts it). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
