package io.newspipe.fetcher.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and cancels the transfer as soon as it is exceeded, instead of
 * reading an endless or huge body into memory. A cap below zero reads nothing (the body is not wanted).
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final long cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBodySubscriber(long cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (cap < 0) {
            subscription.cancel();
            result.complete(new byte[0]);
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (collected.size() + (long) buffer.remaining() > cap) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLargeException(cap));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            collected.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(collected.toByteArray());
    }
}
