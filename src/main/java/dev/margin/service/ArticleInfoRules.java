package dev.margin.service;

import dev.margin.domain.ArticleInfo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the library refuses in an article's information, for the information panel and {@code margin edit} alike:
 * an empty title, an address that is not a web address, a language that is not a language tag, a tag on more
 * than one line. The message names the field and the value.
 */
public final class ArticleInfoRules {
    /** BCP 47 in the shape people type it: "en", "pt-BR", "zh-Hant-TW", "sr-Latn". */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private ArticleInfoRules() {
    }

    /** Throws an {@link IllegalArgumentException} saying what is wrong, or returns quietly. */
    public static void check(ArticleInfo info) {
        if (info.title().isBlank()) {
            throw new IllegalArgumentException("An article needs a title; the title given is empty.");
        }
        if (info.title().contains("\n")) {
            throw new IllegalArgumentException("A title is one line; \u201c" + info.title() + "\u201d has several.");
        }
        if (info.url() != null) {
            checkUrl(info.url());
        }
        if (!info.language().isEmpty() && !LANGUAGE.matcher(info.language()).matches()) {
            throw new IllegalArgumentException("\u201c" + info.language() + "\u201d is not a language tag such as en, de or pt-BR.");
        }
        for (String tag : info.assessment().tags()) {
            if (tag.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("A tag is one line of text; \u201c" + tag.strip() + "\u201d is not.");
            }
        }
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("\u201c" + url + "\u201d is not a web address (http:// or https://).");
    }
}
