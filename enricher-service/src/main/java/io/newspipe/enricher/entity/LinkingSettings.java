package io.newspipe.enricher.entity;

/**
 * @param jaroWinklerThreshold a name links to a gazetteer alias of the same phonetic block only at or above this similarity
 * @param minFuzzyLetters      names with fewer letters link exactly only: short names are too alike ("Lukas")
 */
public record LinkingSettings(double jaroWinklerThreshold, int minFuzzyLetters) {

    public static final LinkingSettings DEFAULTS = new LinkingSettings(0.92, 6);
}
