package io.newspipe.fetcher.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every source of the service in force now: scheduled by {@link SourceScheduler}, listed by the API. The
 * set changes when {@link SourcesReloader} applies a new sources file; readers always see a whole set.
 */
public final class SourceCatalog {

    private volatile List<SourceRegistration> sources;

    public SourceCatalog(List<SourceRegistration> sources) {
        this.sources = checked(sources);
    }

    /** The sources in force, in configuration order. */
    public List<SourceRegistration> sources() {
        return sources;
    }

    public Optional<SourceRegistration> named(String name) {
        return sources.stream().filter(r -> r.source().name().equals(name)).findFirst();
    }

    /** Puts {@code next} in force as a whole. */
    public void replace(List<SourceRegistration> next) {
        sources = checked(next);
    }

    private static List<SourceRegistration> checked(List<SourceRegistration> sources) {
        List<SourceRegistration> copy = List.copyOf(sources);
        Set<String> names = new HashSet<>();
        for (SourceRegistration registration : copy) {
            if (!names.add(registration.source().name())) {
                // The name is the sourceName of every page and the key of the API: it must say which source.
                throw new IllegalArgumentException("two sources are named '" + registration.source().name() + "'");
            }
        }
        return copy;
    }
}
