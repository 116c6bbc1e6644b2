package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import java.util.OptionalDouble;
import uk.safekiosk.gateway.text.NormalisedText;

/**
 * A trained linear model (logistic regression) over {@link DisclosureFeatures}: a text's score is the bias plus the
 * weights of its features divided by the square root of how many features it has, so long messages do not score
 * high just for being long. Read from {@code gateway/disclosure-model.tsv}: {@code bias <tab> number},
 * {@code threshold <tab> number-or-off}, and {@code feature <tab> weight} lines; {@code #} lines are comments.
 */
final class DisclosureModel {

    static final String OFF = "off";

    private final float[] weights;
    private final double bias;
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

    double threshold() {
        return threshold.orElseThrow();
    }

    /** The sum of the weights of the features of {@code text}, and how many there were. */
    Sum sum(NormalisedText text) {
        Sum sum = new Sum();
        DisclosureFeatures.of(text, slot -> {
            sum.weight += weights[slot];
            sum.count++;
        });
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
    }

    private static double number(String source, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": '" + value + "' is not a number", e);
        }
    }
}
