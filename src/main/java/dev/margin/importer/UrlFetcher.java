package dev.margin.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Downloads a web page for import with {@link HttpClient}: http and https only; at most {@value #MAX_REDIRECTS}
 * redirects, followed by hand so that the final address is known; one time limit for the whole exchange
 * (connecting, waiting and reading the body, so a server that trickles bytes cannot hold the import forever);
 * a size cap enforced while streaming (the download stops once the cap is passed, whatever Content-Length said);
 * and a content-type check: text/html, application/xhtml+xml and text/plain are accepted, anything else is refused
 * with a message naming the type. A page whose Content-Length is over the cap is refused before its body is read.
 *
 * <p>A user name and password in the address ({@code http://user:secret@host/}) are removed before anything else
 * (see {@link UrlCredentials}): they are not sent, and no message or {@link FetchedPage} carries them. A message
 * about a connection names the host actually contacted, which after a redirect is not the host first asked.
 */
public final class UrlFetcher {
    /** Real news pages are well under this; it bounds memory and time on a mistaken link to a large file. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final int MAX_REDIRECTS = 5;
    private static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final long CANCEL_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final String USER_AGENT = "Margin/0.1 (news article importer)";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public UrlFetcher() {
        this(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    public UrlFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchedPage fetch(URI url) throws ImportException {
        return fetch(url, null);
    }

    /**
     * As {@link #fetch(URI)}; {@code cancelledOrNull} is asked about ten times a second while waiting for the server,
     * and when it answers true the download is abandoned with an {@link ImportCancelledException}.
     */
    public FetchedPage fetch(URI requested, BooleanSupplier cancelledOrNull) throws ImportException {
        URI url = UrlCredentials.removed(requested);
        BooleanSupplier cancelled = cancelledOrNull == null ? () -> false : cancelledOrNull;
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new ImportException("Cannot import " + url + ": only http:// and https:// web addresses can be fetched.");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = exchange(url, current, deadline, cancelled);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (redirects == MAX_REDIRECTS) {
                    throw new ImportException("Cannot import " + url + ": it redirects more than " + MAX_REDIRECTS
                            + " times.");
                }
                current = redirectTarget(url, current, response);
                continue;
            }
            if (status < 200 || status > 299) {
                throw new ImportException("Cannot import " + url + ": the server answered HTTP " + status
                        + describe(status) + (current.equals(url) ? "" : " for " + current) + ".");
            }
            return page(url, current, response);
        }
    }

    private HttpResponse<byte[]> exchange(URI original, URI target, long deadline, BooleanSupplier cancelled)
            throws ImportException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(original, target);
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::bodyHandler);
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    future.cancel(true);
                    throw new ImportCancelledException(original.toString());
                }
                long left = deadline - System.nanoTime();
                try {
                    return future.get(Math.max(0, Math.min(left, CANCEL_POLL_NANOS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (deadline - System.nanoTime() <= 0) {
                        throw e;
                    }
                }
            }
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(original, target);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException("Importing " + original + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw failure(original, target, e.getCause());
        }
    }

    /** Reads the body only of a successful page of an accepted type; everything else is discarded unread. */
    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status > 299 || !ACCEPTED_TYPES.contains(mediaType(info.headers().firstValue("Content-Type").orElse("")))) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        return new CappedBodySubscriber(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    private FetchedPage page(URI original, URI current, HttpResponse<byte[]> response) throws ImportException {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = mediaType(contentType);
        if (!ACCEPTED_TYPES.contains(mediaType)) {
            throw new ImportException("Cannot import " + original + ": it is "
                    + (mediaType.isEmpty() ? "of no declared type" : "of type " + mediaType)
                    + ", not a web page (text/html) or plain text.");
        }
        return new FetchedPage(current, mediaType, charset(contentType), response.body());
    }

    private static URI redirectTarget(URI original, URI current, HttpResponse<?> response) throws ImportException {
        String location = response.headers().firstValue("Location").orElse("");
        if (location.isBlank()) {
            throw new ImportException("Cannot import " + original + ": the server sent a redirect without a Location.");
        }
        try {
            URI next = UrlCredentials.removed(current.resolve(location.strip()));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ImportException("Cannot import " + original + ": it redirects to " + next
                        + ", which is not a web address.");
            }
            return next;
        } catch (IllegalArgumentException e) {
            throw new ImportException("Cannot import " + original + ": it redirects to an invalid address ("
                    + location + ").", e);
        }
    }

    private ImportException failure(URI url, URI target, Throwable cause) {
        if (cause instanceof BodyTooLargeException tooLarge) {
            return new ImportException("Cannot import " + url + ": " + (tooLarge.declaredLength > maxBytes
                    ? "the page is " + ByteSizes.sizeAndLimit(tooLarge.declaredLength, maxBytes) + "; it was not downloaded."
                    : "the page is more than the limit of " + ByteSizes.megabytes(maxBytes) + "; the download was stopped."),
                    cause);
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return timedOut(url, target);
        }
        if (cause instanceof ConnectException) {
            return new ImportException("Cannot import " + url + ": could not connect to " + target.getHost()
                    + (target.getPort() > 0 ? ":" + target.getPort() : "") + redirectNote(url, target)
                    + " (connection refused or unreachable).", cause);
        }
        if (cause instanceof UnknownHostException) {
            return new ImportException("Cannot import " + url + ": the host " + target.getHost() + redirectNote(url, target)
                    + " is unknown.", cause);
        }
        String detail = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new ImportException("Cannot import " + url + ": the download failed (" + detail + ").", cause);
    }

    private ImportException timedOut(URI url, URI target) {
        return new ImportException("Cannot import " + url + ": the server " + target.getHost() + redirectNote(url, target)
                + " did not deliver the page within " + seconds(timeout) + ".");
    }

    /** " (where it redirected)" when the host contacted is not the one in the address the user gave. */
    private static String redirectNote(URI url, URI target) {
        return target.getHost() != null && !target.getHost().equalsIgnoreCase(url.getHost()) ? " (where it redirected)" : "";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + (millis == 1000 ? " second" : " seconds")
                : String.format(Locale.ROOT, "%.1f seconds", millis / 1000.0);
    }

    /** "text/html; charset=utf-8" gives "text/html". */
    static String mediaType(String contentType) {
        String value = contentType;
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(0, semicolon) : value).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type header, or null. */
    static String charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip();
                return value.replace("\"", "").replace("'", "");
            }
        }
        return null;
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> " (access denied)";
            case 404, 410 -> " (page not found)";
            case 429 -> " (too many requests)";
            default -> status >= 500 ? " (server error)" : "";
        };
    }

    /** The body grew past the cap, or its Content-Length (when known, else -1) said it would. */
    private static final class BodyTooLargeException extends IOException {
        private final long declaredLength;

        BodyTooLargeException(long declaredLength) {
            super("response body exceeds the size cap");
            this.declaredLength = declaredLength;
        }
    }

    /** Collects the body, cancelling the download as soon as it passes the cap. */
    private static final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final long declaredLength;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBodySubscriber(long maxBytes, long declaredLength) {
            this.maxBytes = maxBytes;
            this.declaredLength = declaredLength;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declaredLength > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLargeException(declaredLength));
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLargeException(declaredLength));
                    return;
                }
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                buffer.write(bytes, 0, bytes.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
