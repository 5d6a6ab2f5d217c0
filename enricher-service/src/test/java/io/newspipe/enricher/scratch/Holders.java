package io.newspipe.enricher.scratch;

import io.newspipe.enricher.entity.*;
import io.newspipe.enricher.text.Folding;
import java.util.*;

public class Holders {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Gazetteer g = GazetteerLoader.load(null, LinkingSettings.DEFAULTS);
        var f = Gazetteer.class.getDeclaredField("byKey"); f.setAccessible(true);
        Map<String, List<GazetteerEntry>> byKey = (Map<String, List<GazetteerEntry>>) f.get(g);
        for (String a : args) {
            String k = Folding.key(a);
            System.out.println(a + " -> " + k);
            for (GazetteerEntry e : byKey.getOrDefault(k, List.of()))
                System.out.println("    " + e.id() + " " + e.type() + " fill=" + g.isFillIn(e) + " " + e.names().subList(0, Math.min(6, e.names().size())));
        }
    }
}
