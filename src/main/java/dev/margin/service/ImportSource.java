package dev.margin.service;

import dev.margin.importer.ArchivedPage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing to import, as the user named it: a local file, a web address, or pasted text. The window and
 * the command line both decide "address or file?" (and "address or text?") here, by one rule: input that
 * begins with a scheme and {@code ://} is an address; {@code http} and {@code https} addresses are fetched,
 * a {@code file://} address names a local file, and any other scheme is refused as unsupported, with a
 * message saying so (rather than "no such file"). An input refused before reading is a {@link Refused}. A page
 * chosen from a web archive is an {@link ArchivePage}.
 */
public sealed interface ImportSource {
    /** The start of an address: an RFC 3986 scheme followed by {@code ://}. */
    Pattern ADDRESS = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");

    /** How the user knows this input, for messages: the file, the address, the pasted text's title. */
    String name();

    /** A file on this machine (.html, .htm, .txt, .md; other names are sniffed). */
    record File(Path path) implements ImportSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** An http or https address to fetch. */
    record WebAddress(URI address) implements ImportSource {
        public WebAddress {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String name() {
            return address.toString();
        }
    }

    /** Text pasted or dropped into the window; {@code title} may be null (the text's first line is then the title). */
    record Pasted(String text, String title) implements ImportSource {
        public Pasted {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String name() {
            return title == null || title.isBlank() ? "the pasted text" : title;
        }
    }

    /** One article page of a web archive (.warc, .warc.gz, .wacz), chosen from the archive's list of pages. */
    record ArchivePage(Path archive, ArchivedPage page) implements ImportSource {
        public ArchivePage {
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(page, "page");
        }

        @Override
        public String name() {
            return page.url() + " (" + archive.getFileName() + ")";
        }
    }

    /** An input that cannot be read at all, with the reason (naming the input) an import reports for it. */
    record Refused(String input, String reason) implements ImportSource {
        @Override
        public String name() {
            return input;
        }
    }

    /** A local file chosen or dropped in the window. */
    static ImportSource file(Path path) {
        return new File(path);
    }

    /** A command-line argument (or a file handed over by the desktop): an address when it starts with one, else a file name. */
    static ImportSource argument(String argument) {
        Objects.requireNonNull(argument, "argument");
        if (ADDRESS.matcher(argument.strip()).find()) {
            return address(argument.strip());
        }
        try {
            return new File(Path.of(argument));
        } catch (InvalidPathException e) {
            return new Refused(argument, "The file name " + argument + " is not valid here: " + e.getReason() + ".");
        }
    }

    /**
     * Text the window was given (pasted, dropped or typed into the address field): an address when it is one
     * word on one line starting with one, else an article's text.
     */
    static ImportSource text(String text) {
        Objects.requireNonNull(text, "text");
        String candidate = text.strip();
        boolean oneWord = !candidate.isEmpty() && candidate.codePoints().noneMatch(Character::isWhitespace);
        if (oneWord && ADDRESS.matcher(candidate).find()) {
            return address(candidate);
        }
        return new Pasted(text, null);
    }

    private static ImportSource address(String address) {
        Matcher scheme = ADDRESS.matcher(address);
        if (!scheme.find()) {
            throw new IllegalArgumentException(address + " does not start with an address scheme");
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https") && !name.equals("file")) {
            return new Refused(address, "Cannot import " + address + ": " + name + ":// is an unsupported address scheme;"
                    + " only http:// and https:// web addresses (and local files) can be imported.");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return new Refused(address, "The address " + address + " is not a valid URL: " + e.getReason() + ".");
        }
        if (name.equals("file")) {
            try {
                return new File(Path.of(uri));
            } catch (IllegalArgumentException e) {
                return new Refused(address, "The address " + address + " does not name a file on this machine: " + e.getMessage() + ".");
            }
        }
        if (uri.getHost() == null) {
            return new Refused(address, "The address " + address + " is not a valid URL: it names no host.");
        }
        return new WebAddress(uri);
    }
}
