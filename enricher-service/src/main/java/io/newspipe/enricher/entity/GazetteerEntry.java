package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A known entity: its canonical id, type and name, Wikidata QID when known (else null), and the names it
 * goes by in the languages we read.
 */
public record GazetteerEntry(String id, EntityType type, String name, String qid, List<String> aliases) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        qid = qid == null || qid.isBlank() ? null : qid;
    }

    /** Every form the entry goes by: its aliases, then its name (which most rows list among the aliases too). */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.addAll(aliases);
        names.add(name);
        return names;
    }
}
