package io.newspipe.fetcher.source;

import io.newspipe.contract.RawPage;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was published; can be told to refuse, like a broker that is down. */
public final class RecordingPagePublisher implements PagePublisher {

    private final List<RawPage> published = new ArrayList<>();
    private RuntimeException failure;

    @Override
    public synchronized void publish(RawPage page) {
        if (failure != null) {
            throw failure;
        }
        published.add(page);
    }

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public synchronized List<RawPage> published() {
        return List.copyOf(published);
    }

    /** What was published since the last call. */
    public synchronized List<RawPage> drain() {
        List<RawPage> pages = List.copyOf(published);
        published.clear();
        return pages;
    }
}
