package io.newspipe.fetcher.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.fetcher.sourcefile.SourceChanges;
import io.newspipe.fetcher.sourcefile.SourcesFileWatcher;
import io.newspipe.fetcher.sourcefile.WebSourceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link SourceCatalog} in step with the sources file. The sources in force are the fixed ones
 * (the directory), the web sources from the properties and the web sources from the file; a file source
 * with the name of a properties source replaces it (the file is what operators edit while the service runs;
 * deleting the entry from the file brings the properties one back). A source whose settings did not change
 * keeps its running instance (schedule, last report, feed validators); a changed one gets a new instance.
 * An invalid file changes nothing: the sources in force stay, the reason is logged once and
 * {@value #RELOADS}{@code {result=invalid}} counts it.
 */
public final class SourcesReloader {

    public static final String RELOADS = "newspipe.fetcher.sources.reloads";

    private static final Logger log = LoggerFactory.getLogger(SourcesReloader.class);

    private record InForce(WebSourceSpec spec, SourceRegistration registration) {
    }

    private final SourceCatalog catalog;
    private final List<SourceRegistration> fixed;
    private final Map<String, WebSourceSpec> fromProperties;
    private final SourcesFileWatcher watcher;
    private final Function<WebSourceSpec, SourceRegistration> registrar;
    private final Counter loaded;
    private final Counter rejected;
    private Map<String, InForce> web = Map.of();

    /**
     * @param fixed          sources not described by specs (the directory); a file source may not take their names
     * @param fromProperties web sources from {@code newspipe.fetcher.sources}
     * @param watcher        the sources file, or null when none is configured
     * @param registrar      makes a registration (source and schedule) of a spec
     */
    public SourcesReloader(List<SourceRegistration> fixed, List<WebSourceSpec> fromProperties,
                           SourcesFileWatcher watcher, Function<WebSourceSpec, SourceRegistration> registrar,
                           MeterRegistry meters) {
        this.fixed = List.copyOf(fixed);
        this.fromProperties = byName(fromProperties);
        this.watcher = watcher;
        this.registrar = registrar;
        this.loaded = meters.counter(RELOADS, "result", "ok");
        this.rejected = meters.counter(RELOADS, "result", "invalid");
        this.web = build(this.fromProperties);
        this.catalog = new SourceCatalog(registrations());
    }

    public SourceCatalog catalog() {
        return catalog;
    }

    /**
     * Reads the sources file when it changed and puts the merged sources in force.
     *
     * @return whether the sources in force changed
     */
    public synchronized boolean reload() {
        if (watcher == null) {
            return false;
        }
        SourcesFileWatcher.Poll poll = watcher.poll();
        if (poll instanceof SourcesFileWatcher.Loaded file) {
            return apply(file);
        }
        if (poll instanceof SourcesFileWatcher.Invalid invalid) {
            return reject(invalid.reason());
        }
        return false;
    }

    private boolean apply(SourcesFileWatcher.Loaded file) {
        Set<String> fixedNames = fixed.stream().map(r -> r.source().name()).collect(Collectors.toSet());
        List<String> taken = file.sources().stream().map(WebSourceSpec::name).filter(fixedNames::contains).toList();
        if (!taken.isEmpty()) {
            return reject("names " + taken + " belong to sources that are not web sources");
        }
        Map<String, WebSourceSpec> merged = new LinkedHashMap<>(fromProperties);
        for (WebSourceSpec spec : file.sources()) {
            if (merged.containsKey(spec.name())) {
                log.info("source '{}' of sources file {} replaces the one of the same name in the properties",
                        spec.name(), watcher.file());
            }
            merged.put(spec.name(), spec);
        }
        Map<String, WebSourceSpec> before = new LinkedHashMap<>();
        web.forEach((name, inForce) -> before.put(name, inForce.spec()));
        SourceChanges changes = SourceChanges.between(before, merged);
        Map<String, InForce> next;
        try {
            next = build(merged);
            catalog.replace(registrationsOf(next));
        } catch (IllegalArgumentException e) {
            return reject(e.getMessage());
        }
        web = next;
        loaded.increment();
        log.info("sources file {} (sha256 {}) loaded: {} web sources in force; {}", watcher.file(),
                file.sha256().substring(0, 12), next.size(), changes);
        return !changes.isEmpty();
    }

    private boolean reject(String reason) {
        rejected.increment();
        log.error("sources file {} rejected, the {} sources in force stay: {}", watcher.file(),
                catalog.sources().size(), reason);
        return false;
    }

    /** Registrations for {@code specs}; an unchanged spec keeps the registration it has. */
    private Map<String, InForce> build(Map<String, WebSourceSpec> specs) {
        Map<String, InForce> built = new LinkedHashMap<>();
        for (WebSourceSpec spec : specs.values()) {
            InForce current = web.get(spec.name());
            built.put(spec.name(), current != null && current.spec().equals(spec) ? current
                    : new InForce(spec, registrar.apply(spec)));
        }
        return built;
    }

    private List<SourceRegistration> registrations() {
        return registrationsOf(web);
    }

    private List<SourceRegistration> registrationsOf(Map<String, InForce> webSources) {
        List<SourceRegistration> all = new ArrayList<>(fixed);
        webSources.values().forEach(inForce -> all.add(inForce.registration()));
        return all;
    }

    private static Map<String, WebSourceSpec> byName(List<WebSourceSpec> specs) {
        Map<String, WebSourceSpec> map = new LinkedHashMap<>();
        for (WebSourceSpec spec : specs) {
            if (map.put(spec.name(), spec) != null) {
                throw new IllegalArgumentException("two sources are named '" + spec.name() + "'");
            }
        }
        return map;
    }
}
