package io.newspipe.enricher.scratch;

import io.newspipe.enricher.entity.RecognizerRules;
import io.newspipe.enricher.text.Token;

public class Heads {
    public static void main(String[] args) {
        RecognizerRules r = RecognizerRules.fromClasspath();
        for (String w : args) {
            Token t = new Token(w, 0, w.length(), w.length(), false, true);
            System.out.print(w + ":" + r.headType(t).map(Enum::name).orElse("NONE") + " ");
        }
        System.out.println();
    }
}
