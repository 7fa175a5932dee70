package dev.margin.domain;

/** Whether an annotation's anchor still holds after the article text changed. */
public enum AnchorState {
    /** The exact text is where the annotation says it is. */
    OK,
    /** The exact text was found again, with its context, at another place; offsets were updated. */
    MOVED,
    /** The exact text could not be found with confidence; offsets are kept from the old revision, for the user to re-attach. */
    ORPHANED
}
