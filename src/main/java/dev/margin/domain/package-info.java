/**
 * Margin's domain: articles, actors and annotations as immutable records and enums.
 *
 * <p>No JavaFX and no SQL here; every other layer depends on this one and it depends on none.
 *
 * <h2>Offset convention</h2>
 * Every offset held by a domain object counts UTF-16 code units of {@link dev.margin.domain.Article#text()},
 * as {@link String#substring(int, int)} does, and spans are half-open: {@code [start, end)}.
 * The W3C Web Annotation export counts Unicode code points instead; {@link dev.margin.domain.Offsets}
 * converts at that boundary and nowhere else.
 *
 * <h2>Article text</h2>
 * The reading text is normalised: paragraphs are separated by exactly one {@code '\n'}, no paragraph
 * is empty, and no paragraph starts or ends with white space. Headings are ordinary paragraphs whose
 * indexes are listed in {@link dev.margin.domain.Article#headings()}.
 */
package dev.margin.domain;
