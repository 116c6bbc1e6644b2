package uk.safekiosk.gateway.text;

/**
 * Text after character folding, with each folded char's span in the original text. {@code starts[k]..ends[k]} is the
 * original stretch that folded char {@code k} came from (one original letter can become several folded chars, and
 * dropped marks leave no folded char at all).
 */
record Folded(String original, String text, int[] starts, int[] ends) {

    int length() {
        return text.length();
    }

    char charAt(int k) {
        return text.charAt(k);
    }

    /** The original offset where folded range {@code [from, to)} begins. */
    int originalStart(int from) {
        return from < starts.length ? starts[from] : original.length();
    }

    /** The original offset where folded range {@code [from, to)} ends. */
    int originalEnd(int to) {
        return to == 0 ? 0 : ends[to - 1];
    }
}
