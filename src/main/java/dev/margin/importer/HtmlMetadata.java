package dev.margin.importer;

import java.time.LocalDate;

/** The metadata a news page declares about itself; empty strings and nulls where it declares nothing. */
record HtmlMetadata(String title, String byline, String outlet, String url, LocalDate publishedDate, String language) {
}
