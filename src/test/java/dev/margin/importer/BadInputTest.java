package dev.margin.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadInputTest {
    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void aPngIsRefusedByItsMagicNumberWhateverItsExtension() throws IOException {
        Path file = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("a PNG image");
    }

    @Test
    void aPdfAndAZipAreRefused() throws IOException {
        Path pdf = Files.write(dir.resolve("report.txt"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Path zip = Files.write(dir.resolve("story.md"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertThatThrownBy(() -> importer.importFile(pdf)).hasMessageContaining("a PDF document");
        assertThatThrownBy(() -> importer.importFile(zip)).hasMessageContaining("a ZIP archive");
    }

    @Test
    void nulBytesMarkAnUnknownBinaryFile() throws IOException {
        Path file = Files.write(dir.resolve("data.txt"), new byte[] {'a', 'b', 0, 1, 2, 'c'});
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("NUL bytes").hasMessageContaining(file.toString());
    }

    @Test
    void emptyAndWhiteSpaceOnlyFilesAreRefusedOnEveryPath() throws IOException {
        for (String name : new String[] {"empty.txt", "empty.md", "empty.html", "empty.dat"}) {
            Path file = Files.write(dir.resolve(name), new byte[0]);
            assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("empty");
        }
        Path blank = Files.write(dir.resolve("blank.txt"), " \n\t\r\n\u00A0\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.importFile(blank)).hasMessageContaining("only white space");
        assertThatThrownBy(() -> importer.importPasted("  \n ", null)).hasMessageContaining("The pasted text is empty");
        assertThatThrownBy(() -> importer.importHtml("   ", null)).hasMessageContaining("empty");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ArticleImporter.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("it is 20,971,521 bytes; the limit is 20,971,520 bytes (20 MB)");
    }

    @Test
    void htmlWithoutArticleTextIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("shell.html"), ("<html><head><title>App</title><script>render()</script></head>"
                + "<body><nav><a href='/'>Home</a></nav><div id='root'></div><footer>© 2026</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("No article text found in the file " + file);
    }

    @Test
    void aMissingFileAndAFolderAreRefused() {
        Path missing = dir.resolve("nowhere.html");
        assertThatThrownBy(() -> importer.importFile(missing)).isInstanceOf(ImportException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such file");
        assertThatThrownBy(() -> importer.importFile(dir)).hasMessageContaining("it is a folder");
    }
}
