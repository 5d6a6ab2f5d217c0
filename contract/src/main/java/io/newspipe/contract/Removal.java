package io.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One block the cleaner dropped, so an operator can see why.
 *
 * @param rule   name of the rule that dropped it, e.g. {@code comment-footer}
 * @param reason one sentence saying why the rule fired
 * @param text   the dropped text, truncated to {@link #MAX_TEXT} characters
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Removal(String rule, String reason, String text) {

    public static final int MAX_TEXT = 300;

    public static Removal of(String rule, String reason, String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_TEXT) {
            t = t.substring(0, MAX_TEXT - 1) + "…";
        }
        return new Removal(rule, reason, t);
    }
}
