package io.newspipe.fetcher.state;

import java.util.Collection;
import java.util.Optional;

/** Where the fetcher remembers what it published per source URI. */
public interface FetchStateStore {

    /**
     * Brings the store up to date with everything persisted before this process started. Called before
     * every scan; cheap once it has succeeded.
     *
     * @throws RuntimeException when the persisted state cannot be read: scanning without it would re-publish
     */
    void load();

    Optional<FetchState> find(String sourceUri);

    /**
     * Persists {@code state}; once this returns, {@link #find} answers it, also after a restart.
     *
     * @throws RuntimeException when it could not be persisted; {@link #find} then still answers the old state
     */
    void save(FetchState state);

    Collection<FetchState> all();
}
