package dev.margin.suggest;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part-of-speech taggers the suggester ships (Apache OpenNLP's Universal Dependencies models, listed in
 * {@code pos-models.properties}), each loaded on first use, once, by the thread that first reads an article in its
 * language (the suggestions' background task, never the FX thread). A language without a model gets none, and its
 * articles are read with the word lists alone. Loading takes 50-200 ms and 10-20 MB of memory per language.
 */
final class PosModels {
    private static final String LIST = "/dev/margin/suggest/pos-models.properties";
    private static final Properties MODEL_FILES = readList();
    private static final Map<String, Optional<ThreadSafePOSTaggerME>> TAGGERS = new ConcurrentHashMap<>();

    private PosModels() {
    }

    /** The tagger for {@code languageCode} ("de"), loaded now if it is not yet; empty when none is shipped. */
    static Optional<ThreadSafePOSTaggerME> tagger(String languageCode) {
        return TAGGERS.computeIfAbsent(languageCode.toLowerCase(Locale.ROOT), PosModels::load);
    }

    /** The tagger for {@code languageCode} if it is loaded already; empty otherwise (nothing is loaded now). */
    static Optional<ThreadSafePOSTaggerME> loadedTagger(String languageCode) {
        Optional<ThreadSafePOSTaggerME> loaded = TAGGERS.get(languageCode.toLowerCase(Locale.ROOT));
        return loaded == null ? Optional.empty() : loaded;
    }

    /** True when a model for {@code languageCode} is listed (without loading it). */
    static boolean isShipped(String languageCode) {
        return MODEL_FILES.containsKey(languageCode.toLowerCase(Locale.ROOT));
    }

    private static Optional<ThreadSafePOSTaggerME> load(String languageCode) {
        String file = MODEL_FILES.getProperty(languageCode);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = PosModels.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                // listed but its jar is not on the class path: read with the word lists, as for any other language
                return Optional.empty();
            }
            return Optional.of(new ThreadSafePOSTaggerME(new POSModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + file, e);
        }
    }

    private static Properties readList() {
        Properties list = new Properties();
        try (InputStream in = PosModels.class.getResourceAsStream(LIST)) {
            if (in != null) {
                list.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return list;
    }
}
