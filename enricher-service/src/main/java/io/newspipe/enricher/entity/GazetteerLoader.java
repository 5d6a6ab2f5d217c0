package io.newspipe.enricher.entity;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.text.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the {@link Gazetteer} from three layers, later ones extending or overriding earlier ones by id:
 * <ol>
 *   <li>every country/territory ICU knows, named in {@link #COUNTRY_NAME_LANGUAGES}, id {@code loc:country:XX};</li>
 *   <li>the curated files of {@link #RESOURCES} on the class path, in that order;</li>
 *   <li>an optional file of the same format (configured path);</li>
 *   <li>fill-in layers ({@link #FILL_IN}: well-known organisations and people of world news, world cities, the
 *       first-level regions of every country, Turkey's districts), exact match only, for names no layer above has.</li>
 * </ol>
 * File format: UTF-8, tab-separated {@code id type name qid aliases} with aliases separated by '|', '#'
 * comments. A row whose id exists already adds its aliases and replaces the non-empty fields.
 */
public final class GazetteerLoader {

    public static final String RESOURCE = "/enricher/gazetteer.tsv";
    /** The curated layers: the core list, then places (cities, provinces, states), then organisations and people. */
    public static final List<String> RESOURCES = List.of(RESOURCE, "/enricher/gazetteer-places.tsv", "/enricher/gazetteer-names.tsv");
    public static final String COUNTRY_ID_PREFIX = "loc:country:";
    /** Generated from GeoNames (see enricher-service/data-sources): matched exactly, after the curated layers. */
    public static final String WORLD_CITIES = "/enricher/gazetteer-world-cities.tsv";
    /** Curated, broad and without QIDs: organisations and people that news names often. */
    public static final String WORLD_NAMES = "/enricher/gazetteer-world-names.tsv";
    /** Generated from ISO 3166-2 names (see enricher-service/data-sources): first-level regions, after the cities. */
    public static final String WORLD_REGIONS = "/enricher/gazetteer-world-regions.tsv";
    /** Generated from Turkey's district list (see enricher-service/data-sources): "Menteşe", "Pülümür". */
    public static final String TURKISH_DISTRICTS = "/enricher/gazetteer-tr-districts.tsv";
    /**
     * Generated from GeoNames like {@link #WORLD_CITIES}: towns named like an everyday word or a given name ("Darwin",
     * "Bath"), linked only where a preposition puts a place ({@link Gazetteer#placeInContext}).
     */
    public static final String TOWNS_IN_CONTEXT = "/enricher/gazetteer-world-cities-in-context.tsv";
    /** The fill-in layers in order: a name an earlier layer (or a curated file) has is skipped in a later one. */
    public static final List<String> FILL_IN = List.of(WORLD_NAMES, WORLD_CITIES, WORLD_REGIONS, TURKISH_DISTRICTS);

    /** Country names come in these languages (ICU CLDR data, not the JDK's). */
    public static final List<String> COUNTRY_NAME_LANGUAGES = List.of("en", "tr", "de", "fr", "es", "it", "ru");

    private GazetteerLoader() {
    }

    public static Gazetteer load(Path overrideFile, LinkingSettings settings) {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        icuCountries().forEach(e -> entries.put(e.id(), e));
        for (String resource : RESOURCES) {
            mergeResource(entries, resource);
        }
        if (overrideFile != null) {
            try (Reader reader = Files.newBufferedReader(overrideFile, StandardCharsets.UTF_8)) {
                mergeRows(entries, reader, overrideFile.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + overrideFile, e);
            }
        }
        List<GazetteerEntry> fill = fillIn(entries.values(), FILL_IN);
        List<GazetteerEntry> inContext = fillIn(concat(entries.values(), fill), List.of(TOWNS_IN_CONTEXT));
        return new Gazetteer(entries.values().stream().map(GazetteerLoader::withTurkishEndings).toList(),
                fill.stream().map(GazetteerLoader::withTurkishEndings).toList(), inContext, settings);
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** A word's Slavic ending as Latin transliterations write it: "Milošević", "Tadic", "Lukashevich". */
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(?<=\\p{Lu}\\p{L}{2,40})(?:ić|ic|ich)(?!\\p{L})");

    /**
     * A person's names as Turkish news writes their Slavic endings, "-iç": "Miloseviç", "Karadziç", "Lukaşeviç".
     * Folding keeps ç apart from c (ç → ch), so "Milošević" alone would never match them.
     */
    static GazetteerEntry withTurkishEndings(GazetteerEntry entry) {
        if (entry.type() != EntityType.PERSON) {
            return entry;
        }
        Set<String> aliases = new LinkedHashSet<>(entry.aliases());
        List<String> names = entry.names();
        for (String name : names) {
            // the other letters as Turkish writes them too: without their marks ("Milošević" → "Miloseviç")
            String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
            String turkish = SLAVIC_ENDING.matcher(plain).replaceAll("iç");
            if (!turkish.equals(plain)) {
                aliases.add(turkish);
            }
        }
        return aliases.size() == entry.aliases().size() ? entry
                : new GazetteerEntry(entry.id(), entry.type(), entry.name(), entry.qid(), List.copyOf(aliases));
    }

    /**
     * The fill-in layers (such as {@link #FILL_IN}), minus every row whose name some curated entry, an earlier fill-in
     * layer or an earlier row of the same layer already has: the curated entry, with its Turkish name and QID,
     * wins; a person named "Obama" is no town of that name. A fill-in row's aliases that an earlier layer has
     * are dropped.
     */
    static List<GazetteerEntry> fillIn(Collection<GazetteerEntry> curated, List<String> layers) {
        Set<String> known = new HashSet<>();
        curated.forEach(entry -> known.addAll(keys(entry)));
        List<GazetteerEntry> fill = new ArrayList<>();
        for (String resource : layers) {
            Map<String, GazetteerEntry> rows = new LinkedHashMap<>();
            mergeResource(rows, resource);
            List<GazetteerEntry> layer = new ArrayList<>();
            Set<String> layerNames = new HashSet<>();
            for (GazetteerEntry row : rows.values()) {
                String name = Folding.key(row.name());
                // Within a layer the first row of a name wins: the cities are listed most populous first, so
                // "Saint Paul" is Minnesota's, not Réunion's "Saint-Paul", rather than neither by ambiguity.
                if (known.contains(name) || !layerNames.add(name)) {
                    continue;
                }
                List<String> aliases = row.aliases().stream().filter(a -> !known.contains(Folding.key(a))).toList();
                layer.add(aliases.size() == row.aliases().size() ? row
                        : new GazetteerEntry(row.id(), row.type(), row.name(), row.qid(), aliases));
            }
            layer.forEach(entry -> known.addAll(keys(entry)));
            fill.addAll(layer);
        }
        return fill;
    }

    private static List<GazetteerEntry> concat(Collection<GazetteerEntry> first, Collection<GazetteerEntry> second) {
        List<GazetteerEntry> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Set<String> keys(GazetteerEntry entry) {
        Set<String> keys = new HashSet<>();
        keys.add(Folding.key(entry.name()));
        entry.aliases().forEach(alias -> keys.add(Folding.key(alias)));
        return keys;
    }

    private static void mergeResource(Map<String, GazetteerEntry> entries, String resource) {
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + resource + " is missing from the class path");
            }
            mergeRows(entries, new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The countries of the United Kingdom, and the West Indies of cricket: regions by id, but nations in sport and in
     * news annotation.
     */
    private static final Set<String> HOME_NATIONS = Set.of("loc:region:england", "loc:region:scotland", "loc:region:wales",
            "loc:region:northern-ireland", "loc:region:west-indies");

    /** Ids of countries, the ISO ones and the home nations of the United Kingdom. */
    public static boolean isCountryId(String id) {
        return id.startsWith(COUNTRY_ID_PREFIX) || HOME_NATIONS.contains(id);
    }

    /** Ids of countries and first-level regions (states, provinces, Länder; Turkish provinces). */
    public static boolean isRegionId(String id) {
        return id.startsWith(COUNTRY_ID_PREFIX) || id.startsWith("loc:region:") || id.startsWith("loc:tr-province:");
    }

    static List<GazetteerEntry> icuCountries() {
        List<LocaleDisplayNames> namers = new ArrayList<>();
        List<Boolean> newsLanguage = new ArrayList<>(); // English or Turkish: its names are kept, whatever they spell
        for (String language : COUNTRY_NAME_LANGUAGES) {
            ULocale locale = ULocale.forLanguageTag(language);
            namers.add(LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_FULL));
            namers.add(LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT));
            boolean news = language.equals("en") || language.equals("tr");
            newsLanguage.add(news); // one for each of the two namers
            newsLanguage.add(news);
        }
        // French "Argentine" and "Japon" are an English and a Turkish demonym: "Argentine President Javier Milei"
        Set<String> demonyms = RecognizerRules.listedDemonyms();
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_FULL);
        Map<String, Set<String>> fullNames = new LinkedHashMap<>(); // code → names as ICU gives them
        Map<String, Set<String>> partNames = new LinkedHashMap<>(); // code → parts of those names ("Macao (China)" → "China")
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String code = region.toString();
            if (code.length() != 2) {
                continue;
            }
            Set<String> full = new LinkedHashSet<>();
            Set<String> parts = new LinkedHashSet<>();
            for (int n = 0; n < namers.size(); n++) {
                String name = namers.get(n).regionDisplayName(code);
                if (name != null && !name.equals(code) && (newsLanguage.get(n) || !demonyms.contains(name.toLowerCase(Locale.ROOT)))) {
                    full.add(name);
                    parts.addAll(nameParts(name));
                }
            }
            fullNames.put(code, full);
            partNames.put(code, parts);
        }
        // A part that is another territory's whole name is that territory, not this one: "China" of "Macao (China)",
        // "США" of "Внешние малые острова (США)". Else "China" would name three places and link to none.
        Map<String, Set<String>> codesByFullName = new HashMap<>();
        fullNames.forEach((code, names) -> names.forEach(n -> codesByFullName.computeIfAbsent(Folding.key(n), k -> new HashSet<>()).add(code)));
        List<GazetteerEntry> countries = new ArrayList<>();
        for (String code : fullNames.keySet()) {
            Set<String> aliases = new LinkedHashSet<>(fullNames.get(code));
            for (String part : partNames.get(code)) {
                Set<String> owners = codesByFullName.getOrDefault(Folding.key(part), Set.of());
                if (owners.isEmpty() || owners.contains(code)) {
                    aliases.add(part);
                }
            }
            String canonical = english.regionDisplayName(code);
            countries.add(new GazetteerEntry(COUNTRY_ID_PREFIX + code, EntityType.LOCATION, canonical, null, List.copyOf(aliases)));
        }
        return countries;
    }

    /** "Myanmar (Burma)" also goes by "Myanmar" and "Burma"; "Congo - Kinshasa" also by "Congo". */
    private static List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            parts.add(name.substring(0, paren));
            parts.add(name.substring(paren + 2, name.length() - 1));
        }
        int dash = name.indexOf(" - ");
        if (dash > 0) {
            parts.add(name.substring(0, dash));
        }
        return parts;
    }

    static void mergeRows(Map<String, GazetteerEntry> entries, Reader source, String origin) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException(origin + ":" + number + ": expected 5 tab-separated fields (id type name qid aliases), got " + f.length);
            }
            String id = f[0].strip();
            String typeField = f[1].strip();
            String name = f[2].strip();
            String qid = f[3].strip();
            List<String> aliases = new ArrayList<>();
            for (String alias : f[4].split("\\|")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
            if (!qid.isEmpty() && !qid.matches("Q[0-9]+")) {
                throw new IllegalArgumentException(origin + ":" + number + ": not a Wikidata QID: " + qid);
            }
            GazetteerEntry existing = entries.get(id);
            EntityType type = typeField.isEmpty() ? null : EntityType.valueOf(typeField.toUpperCase(Locale.ROOT));
            if (existing == null) {
                if (type == null || name.isEmpty()) {
                    throw new IllegalArgumentException(origin + ":" + number + ": new entry " + id + " needs a type and a name");
                }
                entries.put(id, new GazetteerEntry(id, type, name, qid, aliases));
            } else {
                Set<String> merged = new LinkedHashSet<>(existing.aliases());
                merged.addAll(aliases);
                entries.put(id, new GazetteerEntry(id,
                        type == null ? existing.type() : type,
                        name.isEmpty() ? existing.name() : name,
                        qid.isEmpty() ? existing.qid() : qid,
                        List.copyOf(merged)));
            }
        }
    }
}
