package io.newspipe.enricher.language;

/**
 * Lingua's two modes. LOW uses trigram models only: about a tenth of the memory, fast, and good on
 * article-length text; HIGH uses all n-gram models and is better on single short sentences.
 */
public enum AccuracyMode { LOW, HIGH }
