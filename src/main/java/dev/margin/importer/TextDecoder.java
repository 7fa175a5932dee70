package dev.margin.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file or a download into text, choosing the charset by these rules, first match wins:
 * <ol>
 *   <li>a byte order mark: UTF-8 (EF BB BF), UTF-32 LE/BE, UTF-16 LE/BE; the mark is removed;</li>
 *   <li>the charset the transport declared (the HTTP Content-Type header);</li>
 *   <li>for HTML only, a {@code <meta charset>} or {@code http-equiv="Content-Type"} declaration in the first
 *       4 KiB;</li>
 *   <li>UTF-8.</li>
 * </ol>
 * A declared label is read as browsers read it, by the WHATWG Encoding Standard (see {@link EncodingLabels}): a page
 * labelled ISO-8859-1 or US-ASCII is decoded as windows-1252, so its 0x93/0x94/0x96 bytes are curly quotes and a
 * dash, not invisible control characters. Labels of the standard's "replacement" encoding are refused.
 * Decoding is strict: a byte sequence that is not valid in the chosen charset is an error naming its byte
 * offset, never silently replaced by U+FFFD. Margin does not fall back to another charset, because a guessed
 * charset would corrupt curly quotes and accented names without anyone noticing, and annotations would then be
 * made on the wrong words. A declared label the standard does not know is reported as a warning and UTF-8 is used.
 * Bytes that are a known binary format (PDF, images, archives) or hold NUL bytes are refused before decoding.
 */
final class TextDecoder {
    private static final int META_SNIFF_BYTES = 4096;
    /** The characters of bytes 0x80 to 0x9F in windows-1252. */
    private static final String WINDOWS_1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021"
            + "\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
            + "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
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
        String label;
        if (bom != null) {
            charset = bom.charset;
            label = charset.name();
        } else {
            String declared = declaredCharset;
            if ((declared == null || declared.isBlank()) && html) {
                declared = metaCharset(bytes);
            }
            charset = charsetOrUtf8(declared, source, warnings);
            label = declared == null || declared.isBlank() || charset.equals(StandardCharsets.UTF_8) ? charset.name() : declared.strip();
        }
        int offset = bom == null ? 0 : bom.length;
        String text = charset.name().equals(EncodingLabels.WINDOWS_1252) ? windows1252(bytes, offset)
                : decodeStrictly(bytes, offset, charset, label, source);
        return new Decoded(text, charset, warnings);
    }

    /** The charset a {@code <meta>} element declares in the first 4 KiB, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset charsetOrUtf8(String name, String source, List<String> warnings) throws ImportException {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        EncodingLabels.Encoding encoding = EncodingLabels.resolve(name);
        return switch (encoding.kind()) {
            case CHARSET, WINDOWS_1252 -> encoding.charset();
            // A page without a byte order mark that claims UTF-16 is in practice ASCII-compatible (HTML spec, 4.2.5.5).
            case UTF_16 -> StandardCharsets.UTF_8;
            case REPLACEMENT -> throw new ImportException("Cannot import " + source + ": it declares the charset \""
                    + name.strip() + "\", which browsers refuse to read because it can hide markup; save it as UTF-8.");
            case UNKNOWN -> {
                warnings.add("Unknown charset \"" + name.strip() + "\" declared in " + source + "; it was read as UTF-8.");
                yield StandardCharsets.UTF_8;
            }
        };
    }

    /**
     * Windows-1252 as the Encoding Standard defines it: every byte is a character, and the five bytes the code page
     * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the C1 controls of the same value, so decoding never fails.
     * Java's own windows-1252 decoder reports those five as unmappable.
     */
    private static String windows1252(byte[] bytes, int offset) {
        char[] chars = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            int value = bytes[i] & 0xFF;
            chars[i - offset] = value >= 0x80 && value < 0xA0 ? WINDOWS_1252_HIGH.charAt(value - 0x80) : (char) value;
        }
        return new String(chars);
    }

    /** {@code label} names the charset in the message as the file or server declared it ("Shift_JIS"). */
    private static String decodeStrictly(byte[] bytes, int offset, Charset charset, String label, String source)
            throws ImportException {
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
            throw new ImportException("Cannot import " + source + ": it is not valid " + label + ": the bytes at offset " + in.position()
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
