package io.newspipe.enricher.scratch;

import io.newspipe.enricher.entity.*;
import java.util.*;

public class Dups {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Gazetteer g = GazetteerLoader.load(null, LinkingSettings.DEFAULTS);
        var f = Gazetteer.class.getDeclaredField("byKey"); f.setAccessible(true);
        Map<String, List<GazetteerEntry>> byKey = (Map<String, List<GazetteerEntry>>) f.get(g);
        byKey.forEach((k, v) -> {
            if (v.size() > 1 && v.stream().allMatch(e -> e.type() == v.get(0).type()) && (args.length == 0 || v.stream().map(e -> e.type().name()).anyMatch(args[0]::equals)))
                System.out.println(k + " " + v.stream().map(GazetteerEntry::id).toList());
        });
    }
}
