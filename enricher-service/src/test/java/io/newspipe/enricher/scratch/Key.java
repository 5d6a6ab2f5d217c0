package io.newspipe.enricher.scratch;

import io.newspipe.enricher.entity.*;
import io.newspipe.enricher.text.Folding;
import io.newspipe.contract.EnrichedArticle.EntityType;

public class Key {
    public static void main(String[] args) {
        Gazetteer g = GazetteerLoader.load(null, LinkingSettings.DEFAULTS);
        for (String a : args) {
            String k = Folding.key(a);
            System.out.println(a + " -> '" + k + "'");
            for (EntityType t : new EntityType[]{null, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON})
                System.out.println("   hint " + t + ": " + g.exact(k, t, false).map(e -> e.id() + " " + e.type()).orElse("-") + " / caps " + g.exact(k, t, true).map(e -> e.id()).orElse("-"));
        }
    }
}
