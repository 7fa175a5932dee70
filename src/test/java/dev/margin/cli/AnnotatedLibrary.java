package dev.margin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds a small annotated library through the command line itself: the wire report with a quote, a claim
 * inside it, an actor and a highlight crossing the quote's end, and the emoji article with a quote whose
 * offsets differ in UTF-16 units and code points. The tests of export, import-annotations and backup start from it.
 */
final class AnnotatedLibrary {
    static final String WIRE_QUOTE = "“We have listened to the carriers and to the dockworkers, and this is the fairest deal we could find,”";
    static final String WIRE_CLAIM = "this is the fairest deal we could find";
    static final String EMOJI_QUOTE = "“I’ve done it nine years running and the water’s never been this cold 🥶,”";

    private final CliRunner cli;
    private final Path dir;
    final long wireReport;
    final long emojiArticle;

    AnnotatedLibrary(CliRunner cli, Path dir) throws IOException {
        this.cli = cli;
        this.dir = dir;
        wireReport = importArticle("wire-report.html");
        annotate(wireReport, "--quote", WIRE_QUOTE, "--speaker", "Ingrid Halvorsen", "--cue", "told reporters");
        annotate(wireReport, "--claim", WIRE_CLAIM, "--claimant", "Ingrid Halvorsen", "--status", "disputed", "--claim-kind", "characterisation");
        annotate(wireReport, "--actor", "port authority", "--actor-name", "Bergholm Port Authority", "--actor-type", "organisation");
        annotate(wireReport, "--highlight", "we could find,” port director", "--note", "Check the **date**", "--tag", "follow-up");
        emojiArticle = importArticle("emoji-community.html");
        annotate(emojiArticle, "--quote", EMOJI_QUOTE, "--speaker", "Gwen Pascoe", "--cue", "said");
    }

    static Path copyFixture(Path dir, String resource) throws IOException {
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = AnnotatedLibrary.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

    /** Copies one of the importer's HTML fixtures into {@code dir}. */
    static Path importerFixture(Path dir, String name) throws IOException {
        return copyFixture(dir, "/dev/margin/importer/fixtures/" + name);
    }

    private long importArticle(String name) throws IOException {
        CliRunner.Run run = cli.run("import", importerFixture(dir, name).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Long.parseLong(run.out().split("\\s+")[1]);
    }

    private void annotate(long article, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "annotate";
        all[1] = Long.toString(article);
        System.arraycopy(args, 0, all, 2, args.length);
        CliRunner.Run run = cli.run(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
