package io.newspipe.allinone;

/** Entry point of the all-in-one: {@code ./newspipe run|clean|enrich}. */
public final class NewspipeCli {

    private NewspipeCli() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet");
    }
}
