package io.newspipe.fetcher.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every configured source of the service: scheduled by {@link SourceScheduler}, listed by the API. */
public record SourceCatalog(List<SourceRegistration> sources) {

    public SourceCatalog {
        sources = List.copyOf(sources);
        Set<String> names = new HashSet<>();
        for (SourceRegistration registration : sources) {
            if (!names.add(registration.source().name())) {
                // The name is the sourceName of every page and the key of the API: it must say which source.
                throw new IllegalArgumentException("two sources are named '" + registration.source().name() + "'");
            }
        }
    }

    public Optional<SourceRegistration> named(String name) {
        return sources.stream().filter(r -> r.source().name().equals(name)).findFirst();
    }
}
