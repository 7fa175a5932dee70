/**
 * Agreement between coders, as research teams report it: Krippendorff's unitized alpha over units on a text and the
 * places where coders differ. Pure arithmetic on {@link dev.margin.agreement.Unit}s: no store, no JavaFX, no JDBC.
 */
package dev.margin.agreement;
