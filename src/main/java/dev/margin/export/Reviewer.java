package dev.margin.export;

/**
 * Who publishes the fact checks of a ClaimReview export: the reviewing organisation (its name and web
 * site), set once by the user, and optionally the page the reviews will be published on. Every part
 * may be empty; {@link #NONE} has none.
 *
 * @param name       the organisation's name ("Example Fact Check")
 * @param url        the organisation's web site, an http(s) address
 * @param reviewPage the address of the page the reviews are published on, or empty
 */
public record Reviewer(String name, String url, String reviewPage) {
    public static final Reviewer NONE = new Reviewer("", "", "");

    public Reviewer {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
        reviewPage = reviewPage == null ? "" : reviewPage.strip();
    }

    /** True when at least the organisation's name is known. */
    public boolean named() {
        return !name.isEmpty();
    }

    /**
     * Why the reviewer cannot be used, or empty: the site and review page must be http(s) addresses,
     * since search engines and readers follow them.
     */
    public String problem() {
        if (!url.isEmpty() && !Html.isWebUrl(url)) {
            return "the organisation's web site \"" + url + "\" is not an http(s) address";
        }
        if (!reviewPage.isEmpty() && !Html.isWebUrl(reviewPage)) {
            return "the review page \"" + reviewPage + "\" is not an http(s) address";
        }
        if (name.isEmpty() && !url.isEmpty()) {
            return "the organisation's web site is given without its name";
        }
        return "";
    }
}
