package io.newspipe.fetcher.sourcefile;

import io.newspipe.fetcher.remote.RemoteSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a sources file: YAML, or JSON when the file name ends in {@code .json}. The document is either a
 * list of sources or a map with a {@code sources} list; each source has the fields of
 * {@code newspipe.fetcher.sources[i]} (kebab-case or camelCase) with the same defaults and duration syntax
 * ({@code 15m}, {@code 500ms}, {@code PT1H}; a bare number is milliseconds). Unknown fields, unknown kinds
 * and duplicate names make the whole file invalid: a typo must not silently drop or change a source.
 */
public final class SourcesFile {

    public enum Format {
        YAML, JSON;

        public static Format of(Path file) {
            Path name = file.getFileName();
            return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    private static final Pattern SIMPLE_DURATION = Pattern.compile("([+-]?\\d+)(ns|us|ms|s|m|h|d)?");
    /** Field names with case, '-' and '_' folded away, as Spring's relaxed binding compares them. */
    private static final Set<String> FIELDS = Set.of("name", "kind", "url", "interval", "maxpages", "revisit",
            "enabled", "maxsitemaps");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SourcesFile() {
    }

    /** The sources {@code text} describes, in file order. */
    public static List<WebSourceSpec> parse(String text, Format format) throws InvalidSourcesFileException {
        if (text == null || text.isBlank()) {
            // Most likely a file caught half-written; "no sources" is said with an empty list.
            throw new InvalidSourcesFileException(List.of("the file is empty (write 'sources: []' for no sources)"));
        }
        Object document;
        try {
            document = format == Format.JSON ? JSON.readValue(text, Object.class)
                    : new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (JacksonException | org.yaml.snakeyaml.error.YAMLException e) {
            throw new InvalidSourcesFileException(List.of("not valid " + format + ": " + oneLine(e.getMessage())));
        }
        List<?> entries = entries(document);
        List<String> problems = new ArrayList<>();
        List<WebSourceSpec> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "source " + (i + 1);
            if (!(entries.get(i) instanceof Map<?, ?> fields)) {
                problems.add(where + ": expected a map of settings, found " + describe(entries.get(i)));
                continue;
            }
            String name = nameOf(fields);
            if (name != null) {
                where = where + " ('" + name + "')";
                if (!names.add(name)) {
                    problems.add(where + ": the name is used twice");
                }
            }
            int before = problems.size();
            WebSourceSpec spec = source(fields, name, where, problems);
            if (spec != null && problems.size() == before) {
                sources.add(spec);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourcesFileException(problems);
        }
        return List.copyOf(sources);
    }

    private static List<?> entries(Object document) throws InvalidSourcesFileException {
        if (document instanceof List<?> list) {
            return list;
        }
        if (document instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("sources")) {
            Object sources = map.get("sources");
            if (sources == null) {
                return List.of();
            }
            if (sources instanceof List<?> list) {
                return list;
            }
            throw new InvalidSourcesFileException(List.of("'sources' must be a list, found " + describe(sources)));
        }
        throw new InvalidSourcesFileException(List.of(
                "expected a list of sources or a map with just a 'sources' list, found " + describe(document)));
    }

    private static String nameOf(Map<?, ?> fields) {
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            if ("name".equalsIgnoreCase(String.valueOf(entry.getKey())) && entry.getValue() != null
                    && !String.valueOf(entry.getValue()).isBlank()) {
                return String.valueOf(entry.getValue()).trim();
            }
        }
        return null;
    }

    private static WebSourceSpec source(Map<?, ?> raw, String name, String where, List<String> problems) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            String key = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (!FIELDS.contains(key)) {
                problems.add(where + ": unknown field '" + entry.getKey() + "' (known: name, kind, url, interval, "
                        + "max-pages, revisit, enabled, max-sitemaps)");
            } else if (fields.put(key, entry.getValue()) != null) {
                problems.add(where + ": field '" + entry.getKey() + "' given twice");
            }
        }
        int before = problems.size();
        RemoteSource.Kind kind = kind(fields.get("kind"), where, problems);
        Duration interval = duration(fields, "interval", WebSourceSpec.DEFAULT_INTERVAL, where, problems);
        Duration revisit = duration(fields, "revisit", null, where, problems);
        int maxPages = integer(fields, "maxpages", "max-pages", WebSourceSpec.DEFAULT_MAX_PAGES, where, problems);
        int maxSitemaps = integer(fields, "maxsitemaps", "max-sitemaps", WebSourceSpec.DEFAULT_MAX_SITEMAPS, where,
                problems);
        boolean enabled = bool(fields.get("enabled"), where, problems);
        Object url = fields.get("url");
        if (url != null && !(url instanceof String)) {
            problems.add(where + ": url must be text, found " + describe(url));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new WebSourceSpec(name, kind, url == null ? null : ((String) url).trim(), interval, maxPages,
                    revisit, enabled, maxSitemaps);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static RemoteSource.Kind kind(Object value, String where, List<String> problems) {
        if (value == null) {
            problems.add(where + ": kind is missing (url, feed or sitemap)");
            return null;
        }
        try {
            return RemoteSource.Kind.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": unknown kind '" + value + "' (url, feed or sitemap)");
            return null;
        }
    }

    private static Duration duration(Map<String, Object> fields, String key, Duration absent, String where,
                                     List<String> problems) {
        Object value = fields.get(key);
        if (value == null) {
            return absent;
        }
        try {
            return parseDuration(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + key + " '" + value + "' is not a duration (e.g. 15m, 30s, 500ms, PT1H)");
            return absent;
        }
    }

    /** Spring Boot's duration syntax: a number with an optional unit (ms when none), or ISO-8601. */
    public static Duration parseDuration(String text) {
        String trimmed = text.trim();
        Matcher simple = SIMPLE_DURATION.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            String unit = simple.group(2) == null ? "ms" : simple.group(2);
            return switch (unit) {
                case "ns" -> Duration.ofNanos(amount);
                case "us" -> Duration.ofNanos(Math.multiplyExact(amount, 1000L));
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: " + text, e);
        }
    }

    private static int integer(Map<String, Object> fields, String key, String label, int absent, String where,
                               List<String> problems) {
        Object value = fields.get(key);
        if (value == null) {
            return absent;
        }
        if (value instanceof Integer number) {
            return number;
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            problems.add(where + ": " + label + " '" + value + "' is not a whole number");
            return absent;
        }
    }

    private static boolean bool(Object value, String where, List<String> problems) {
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        problems.add(where + ": enabled '" + value + "' is neither true nor false");
        return true;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "'" + value + "'";
    }

    /** Parser messages span lines (with a caret under the column); a log line wants them on one. */
    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
