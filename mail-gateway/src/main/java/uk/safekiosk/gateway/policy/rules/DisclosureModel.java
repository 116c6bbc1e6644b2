package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.Token;

/**
 * A trained linear model (logistic regression) over {@link DisclosureFeatures}: a text's score is the bias plus the
 * weights of its features divided by the square root of how many features it has, so long messages do not score
 * high just for being long. Read from {@code gateway/disclosure-model.tsv}: {@code bias <tab> number},
 * {@code threshold <tab> number-or-off}, and {@code feature <tab> weight} lines; {@code #} lines are comments.
 */
final class DisclosureModel {

    static final String OFF = "off";

    /** Enough for every word children write, small enough to stay bounded whatever arrives. */
    private static final int WORDS_KEPT = 100_000;

    private final float[] weights;
    private final double bias;
    private final Map<String, Sum> byWord = new ConcurrentHashMap<>();
    /** Empty when the school switched the model off. */
    private final OptionalDouble threshold;

    private DisclosureModel(float[] weights, double bias, OptionalDouble threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    static DisclosureModel off() {
        return new DisclosureModel(new float[0], 0, OptionalDouble.empty());
    }

    /** @param source where the lines came from, for error messages */
    static DisclosureModel parse(String source, List<String> lines) {
        float[] weights = new float[1 << DisclosureFeatures.BITS];
        Double bias = null;
        OptionalDouble threshold = null;
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalArgumentException(source + ": expected 'name<tab>value' but got '" + line + "'");
            }
            String name = cells[0];
            String value = cells[1].strip();
            switch (name) {
                case "bias" -> bias = number(source, value);
                case "threshold" -> threshold = value.equalsIgnoreCase(OFF)
                        ? OptionalDouble.empty() : OptionalDouble.of(number(source, value));
                default -> weights[DisclosureFeatures.slot(name)] += (float) number(source, value);
            }
        }
        if (threshold == null) {
            throw new IllegalArgumentException(source + ": no 'threshold' line (a number, or 'off')");
        }
        if (threshold.isEmpty()) {
            return off();
        }
        if (bias == null) {
            throw new IllegalArgumentException(source + ": no 'bias' line");
        }
        return new DisclosureModel(weights, bias, threshold);
    }

    boolean isOn() {
        return threshold.isPresent();
    }

    float weightAt(int slot) {
        return weights[slot];
    }

    double threshold() {
        return threshold.orElseThrow();
    }

    /** The sum of the weights of the features of {@code text}, and how many there were. */
    Sum sum(NormalisedText text) {
        Sum sum = new Sum();
        Token previous = null;
        for (Token token : text.words()) {
            sum.add(wordSum(token.text()));
            if (DisclosureFeatures.follows(previous, token)) {
                sum.weight += weights[DisclosureFeatures.pairSlot(previous, token)];
                sum.count++;
            }
            previous = token;
        }
        return sum;
    }

    /**
     * A word's own features (the word and its letter pieces) are the same wherever it is, and they are most of a
     * message's features: children use the same words again and again, so each word's sum is worked out once.
     */
    private Sum wordSum(String word) {
        Sum known = byWord.get(word);
        if (known != null) {
            return known;
        }
        Sum sum = new Sum();
        DisclosureFeatures.ofWord(word, slot -> {
            sum.weight += weights[slot];
            sum.count++;
        });
        if (byWord.size() < WORDS_KEPT) {
            byWord.putIfAbsent(word, sum);
        }
        return sum;
    }

    /** The model's score (log-odds) for texts whose sums are {@code total}. */
    double score(Sum total) {
        return bias + (total.count == 0 ? 0 : total.weight / Math.sqrt(total.count));
    }

    /** Running totals of one or more texts' feature weights. */
    static final class Sum {
        private double weight;
        private int count;

        void add(Sum other) {
            weight += other.weight;
            count += other.count;
        }

        double weight() {
            return weight;
        }

        int count() {
            return count;
        }
    }

    private static double number(String source, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": '" + value + "' is not a number", e);
        }
    }
}
