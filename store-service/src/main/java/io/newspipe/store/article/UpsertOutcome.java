package io.newspipe.store.article;

import java.util.Locale;

/** What storing one enriched article did. */
public enum UpsertOutcome {
    /** The article was new. */
    INSERTED,
    /** A new version replaced the stored one and the version counter went up. */
    UPDATED,
    /** The stored version already had this content (a redelivery): nothing was written. */
    UNCHANGED,
    /** The record is older than the stored version (replayed out of order): nothing was written. */
    STALE;

    /** Lower-case name, used as a metric tag. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
