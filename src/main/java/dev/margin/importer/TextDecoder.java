package dev.margin.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file or a download into text, choosing the charset by these rules, first match wins:
 * <ol>
 *   <li>a byte order mark: UTF-8 (EF BB BF), UTF-32 LE/BE, UTF-16 LE/BE; the mark is removed;</li>
 *   <li>the charset the transport declared (the HTTP Content-Type header);</li>
 *   <li>for HTML only, a {@code <meta charset>} or {@code http-equiv="Content-Type"} declaration in the first
 *       4 KiB (windows-1252, ISO-8859-1, Shift_JIS, GB18030... anything the Java runtime knows);</li>
 *   <li>UTF-8.</li>
 * </ol>
 * Decoding is strict: a byte sequence that is not valid in the chosen charset is an error naming its byte
 * offset, never silently replaced by U+FFFD. Margin does not fall back to another charset, because a guessed
 * charset would corrupt curly quotes and accented names without anyone noticing, and annotations would then be
 * made on the wrong words. A declared charset the runtime does not know is reported as a warning and UTF-8 is used.
 * Bytes that are a known binary format (PDF, images, archives) or hold NUL bytes are refused before decoding.
 */
final class TextDecoder {
    private static final int META_SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The decoded text and how it was decoded. */
    record Decoded(String text, Charset charset, List<String> warnings) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String source, String declaredCharset, boolean html) throws ImportException {
        List<String> warnings = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        if (bom == null) {
            Optional<String> binary = BinarySniffer.binaryKind(bytes);
            if (binary.isPresent()) {
                throw new ImportException("Cannot import " + source + ": it is " + binary.get()
                        + ", not text, HTML or Markdown.");
            }
        }
        Charset charset;
        if (bom != null) {
            charset = bom.charset;
        } else {
            String declared = declaredCharset;
            if ((declared == null || declared.isBlank()) && html) {
                declared = metaCharset(bytes);
            }
            charset = charsetOrUtf8(declared, source, warnings);
        }
        int offset = bom == null ? 0 : bom.length;
        String text = decodeStrictly(bytes, offset, charset, source);
        return new Decoded(text, charset, warnings);
    }

    /** The charset a {@code <meta>} element declares in the first 4 KiB, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset charsetOrUtf8(String name, String source, List<String> warnings) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String trimmed = name.strip().toLowerCase(Locale.ROOT);
        // A page without a byte order mark that claims UTF-16 is in practice ASCII-compatible (HTML spec, 4.2.5.5).
        if (trimmed.startsWith("utf-16") || trimmed.startsWith("utf-32")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(trimmed);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            warnings.add("Unknown charset \"" + name.strip() + "\" declared in " + source + "; it was read as UTF-8.");
            return StandardCharsets.UTF_8;
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset, String source) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        int capacity = (int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1;
        CharBuffer out = CharBuffer.allocate(capacity);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ImportException("Cannot import " + source + ": it is not valid " + charset.name() + ": the bytes at offset " + in.position()
                    + " (" + hex(bytes, in.position(), result.length()) + ") cannot be decoded. Save the file as UTF-8"
                    + " or declare its real charset (for HTML: <meta charset=\"...\">).");
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("the output buffer is sized from maxCharsPerByte and cannot overflow");
        }
        out.flip();
        return out.toString();
    }

    private static String hex(byte[] bytes, int from, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(bytes.length, from + Math.max(1, length)); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }

    private enum Bom {
        UTF_32_LE(4, Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
        UTF_32_BE(4, Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
        UTF_8(3, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        UTF_16_LE(2, StandardCharsets.UTF_16LE, 0xFF, 0xFE),
        UTF_16_BE(2, StandardCharsets.UTF_16BE, 0xFE, 0xFF);

        private final int length;
        private final Charset charset;
        private final int[] mark;

        Bom(int length, Charset charset, int... mark) {
            this.length = length;
            this.charset = charset;
            this.mark = mark;
        }

        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bytes.length >= bom.mark.length && matches(bytes, bom.mark)) {
                    return bom;
                }
            }
            return null;
        }

        private static boolean matches(byte[] bytes, int[] mark) {
            for (int i = 0; i < mark.length; i++) {
                if ((bytes[i] & 0xFF) != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
