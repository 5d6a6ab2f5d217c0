package io.newspipe.store.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks and converts query parameters; a bad value is a 400 problem detail naming the parameter. */
final class QueryParameters {

    static final int MAX_ID_LENGTH = 255;
    static final int MAX_QUERY_LENGTH = 500;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private QueryParameters() {
    }

    static String language(String language) {
        if (blank(language)) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE_CODE.matcher(code).matches()) {
            throw new InvalidQueryException("language", "must be an ISO 639 language code such as 'en' or 'und', was '"
                    + language + "'");
        }
        return code;
    }

    static String id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidQueryException(name, "must be an id of at most " + MAX_ID_LENGTH + " characters");
        }
        return value.strip();
    }

    static String entityType(String type) {
        if (blank(type)) {
            return null;
        }
        String upper = type.strip().toUpperCase(Locale.ROOT);
        if (!ENTITY_TYPES.contains(upper)) {
            throw new InvalidQueryException("entityType", "must be one of PERSON, ORGANIZATION, LOCATION, MISC, was '"
                    + type + "'");
        }
        return upper;
    }

    static String query(String q) {
        if (blank(q)) {
            return null;
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return q.strip();
    }

    /** An ISO-8601 instant ({@code 2026-03-01T10:00:00Z}), offset date-time or date (midnight UTC). */
    static Instant time(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new InvalidQueryException(name, "must be an ISO-8601 time such as 2026-03-01T10:00:00Z or a date"
                        + " such as 2026-03-01, was '" + value + "'");
            }
        }
    }

    static void range(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryException("to", "must be after 'from'");
        }
    }

    static int size(Integer size, int defaultSize, int maxSize) {
        int value = size == null ? defaultSize : size;
        if (value < 1) {
            throw new InvalidQueryException("size", "must be 1 or more, was " + value);
        }
        return Math.min(value, maxSize);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
