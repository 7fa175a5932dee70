package dev.margin.importer;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Removes a user name and password written into an address ({@code http://user:secret@host/...}). Margin never
 * keeps them: the address of an article is stored, shown in lists and written into every export, so a password in
 * it would leak into files the user shares. The fetcher does not send them either.
 */
final class UrlCredentials {
    /** Scheme and "//", then everything up to the last "@" before the path: the user information. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*://)[^/?#]*@");

    private UrlCredentials() {
    }

    static boolean present(String url) {
        return url != null && USER_INFO.matcher(url).find();
    }

    static String removed(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1");
    }

    static URI removed(URI url) {
        return url.getRawUserInfo() == null && !present(url.toString()) ? url : URI.create(removed(url.toString()));
    }
}
