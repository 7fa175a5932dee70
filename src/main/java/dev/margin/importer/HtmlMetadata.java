package dev.margin.importer;

import java.time.LocalDate;
import java.time.OffsetTime;

/**
 * The metadata a news page declares about itself; empty strings and nulls where it declares nothing. The published
 * time is the one given with the published date, with its offset, or null.
 */
record HtmlMetadata(String title, String byline, String outlet, String url, LocalDate publishedDate, String language,
                    OffsetTime publishedTime) {
}
