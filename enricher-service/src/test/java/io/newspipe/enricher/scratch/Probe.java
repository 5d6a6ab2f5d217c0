package io.newspipe.enricher.scratch;

import io.newspipe.enricher.entity.*;
import java.nio.file.*;

public class Probe {
    public static void main(String[] args) throws Exception {
        EntityRecognizer r = new EntityRecognizer(GazetteerLoader.load(null, LinkingSettings.DEFAULTS), RecognizerRules.fromClasspath());
        String lang = args[0];
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) continue;
            String l = lang;
            if (line.length() > 3 && line.charAt(2) == '|') { l = line.substring(0, 2); line = line.substring(3); }
            System.out.println(line);
            for (var e : r.recognize(line, null, l)) {
                for (var m : e.mentions()) System.out.println("    " + e.type() + ": " + m.text() + "  [" + e.id() + "]");
            }
        }
    }
}
