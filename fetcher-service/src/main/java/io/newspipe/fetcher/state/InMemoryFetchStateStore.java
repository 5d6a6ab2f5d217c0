package io.newspipe.fetcher.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A store that forgets on restart: for tests and for runs that must not touch the state topic. */
public final class InMemoryFetchStateStore implements FetchStateStore {

    private final Map<String, FetchState> bySourceUri = new ConcurrentHashMap<>();

    @Override
    public void load() {
        // nothing persisted to catch up with
    }

    @Override
    public Optional<FetchState> find(String sourceUri) {
        return Optional.ofNullable(bySourceUri.get(sourceUri));
    }

    @Override
    public void save(FetchState state) {
        bySourceUri.put(state.sourceUri(), state);
    }

    @Override
    public Collection<FetchState> all() {
        return List.copyOf(bySourceUri.values());
    }
}
