package uk.safekiosk.gateway.policy.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.PolicyChain;
import uk.safekiosk.gateway.policy.Verdict;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.TextNormaliser;
import uk.safekiosk.gateway.text.Token;

/**
 * On-demand trainer for {@code gateway/disclosure-model.tsv} (not a unit test). Trains L2-regularised logistic
 * regression on every labelled corpus in {@code src/test/resources/*.jsonl} (SELFHARM = 1, everything else = 0),
 * prints a leave-one-file-out table against the phrase lists, picks the threshold from cross-validated scores and
 * writes the model. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl content,mail-gateway test -DskipTests -Ptrain-disclosure [-Dmodel.out=path] [-Dmodel.on=false]
 *     [-Dmodel.l2=1e-3] [-Dmodel.scores=path]
 * </pre>
 *
 * {@code model.scores} writes each message's cross-validated score and its fold's threshold (tab-separated), to
 * compare the model with other versions of the lists.
 */
public final class TrainDisclosureModel {

    /** At most this share of harmless messages may be escalated by the model alone (cross-validated). */
    private static final double MAX_HARMLESS_SHARE = 0.005;
    private static final double L2 = Double.parseDouble(System.getProperty("model.l2", "1e-3"));
    private static final double LEARNING_RATE = 0.5;
    private static final int EPOCHS = 15;
    /** Weights smaller than this are left out of the file (and out of every evaluated model). */
    private static final double KEEP = 0.02;
    private static final long SEED = 20261123L;

    private TrainDisclosureModel() {
    }

    record Sample(String file, String id, String body, int[] slots, boolean selfHarm, boolean harmless,
            boolean listsEscalate, boolean listsStop) {
    }

    record Model(float[] weights, double bias) {
        double score(Sample s) {
            double sum = 0;
            for (int slot : s.slots) {
                sum += weights[slot];
            }
            return bias + (s.slots.length == 0 ? 0 : sum / Math.sqrt(s.slots.length));
        }
    }

    public static void main(String[] args) throws IOException {
        Path moduleDir = Files.isDirectory(Path.of("mail-gateway")) ? Path.of("mail-gateway") : Path.of(".");
        Path out = Path.of(System.getProperty("model.out",
                moduleDir.resolve("../content/data/gateway/disclosure-model.tsv").toString()));
        boolean on = Boolean.parseBoolean(System.getProperty("model.on", "true"));
        Path shared = moduleDir.resolve(System.getProperty("shared.dir", "../../shared"));

        ContentSource listsOnly = listsOnlyContent();
        TextNormaliser normaliser = TextNormaliser.fromContent(listsOnly);
        PolicyChain lists = PolicyChain.fromContent(listsOnly);
        Map<Integer, String> names = new HashMap<>();
        Map<String, List<Sample>> byFile = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(moduleDir.resolve("src/test/resources"))) {
            files = listed.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            byFile.put(file.getFileName().toString(), read(file, normaliser, lists, names));
        }

        // Outer leave-one-file-out; each fold's threshold comes from an inner leave-one-file-out on its training
        // files, so no figure below has seen the file it is measured on.
        System.out.println("file | disclosures | lists escalate | lists miss | model adds | model alone | "
                + "harmless | model alone stops | newly stopped | other blocks escalated | threshold");
        int[] totals = new int[9];
        Map<Sample, Double> outOfFold = new HashMap<>();
        StringBuilder scores = new StringBuilder("file\tid\tselfharm\tharmless\tscore\tthreshold\n");
        for (String held : byFile.keySet()) {
            List<String> rest = byFile.keySet().stream().filter(f -> !f.equals(held)).toList();
            double threshold = threshold(crossValidated(byFile, rest));
            Model model = train(samples(byFile, rest));
            List<Sample> test = byFile.get(held);
            for (Sample s : test) {
                outOfFold.put(s, model.score(s));
                scores.append(String.format(Locale.ROOT, "%s\t%s\t%b\t%b\t%.4f\t%.4f%n", s.file, s.id,
                        s.selfHarm, s.harmless, model.score(s), threshold));
            }
            int[] row = row(test, s -> { }, s -> model.score(s) >= threshold);
            System.out.printf(Locale.ROOT, "%s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.3f%n", held, row[0],
                    row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], threshold);
            for (int i = 0; i < totals.length; i++) {
                totals[i] += row[i];
            }
        }
        System.out.printf(Locale.ROOT, "all | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n", totals[0], totals[1],
                totals[2], totals[3], totals[4], totals[5], totals[6], totals[7], totals[8]);

        String scoresFile = System.getProperty("model.scores");
        if (scoresFile != null) {
            Files.writeString(Path.of(scoresFile), scores);
        }
        double threshold = threshold(outOfFold);
        List<Sample> all = samples(byFile, byFile.keySet().stream().toList());
        Model model = train(all);
        System.out.printf(Locale.ROOT, "threshold %.3f from %d cross-validated scores%n", threshold, outOfFold.size());
        Path dev = shared.resolve("corpora/messages-dev.jsonl");
        if (Files.isRegularFile(dev)) {
            List<Sample> devSamples = read(dev, normaliser, lists, new HashMap<>());
            int[] row = row(devSamples, s -> System.out.println("  dev: " + s.id + " " + s.body),
                    s -> model.score(s) >= threshold);
            System.out.printf("dev (never trained on, final model): disclosures %d, lists miss %d, model adds %d, "
                    + "harmless %d, newly stopped %d, other blocks escalated %d%n", row[0], row[2], row[3], row[5],
                    row[7], row[8]);
        }
        write(out, model, names, on ? String.format(Locale.ROOT, "%.4f", threshold) : DisclosureModel.OFF,
                files.size(), all);
        System.out.println("wrote " + out.toAbsolutePath().normalize());
    }

    /**
     * disclosures, lists escalate, lists miss, model adds (of those), model alone catches, harmless, model alone
     * flags harmless, harmless newly stopped, other blocked labels the model escalates.
     */
    private static int[] row(List<Sample> test, Consumer<Sample> onNewlyStopped,
            Predicate<Sample> flags) {
        int[] r = new int[9];
        for (Sample s : test) {
            boolean flagged = flags.test(s);
            if (s.selfHarm) {
                r[0]++;
                r[1] += s.listsEscalate ? 1 : 0;
                r[2] += s.listsEscalate ? 0 : 1;
                r[3] += !s.listsEscalate && flagged ? 1 : 0;
                r[4] += flagged ? 1 : 0;
            } else if (s.harmless) {
                r[5]++;
                r[6] += flagged ? 1 : 0;
                if (flagged && !s.listsStop) {
                    r[7]++;
                    onNewlyStopped.accept(s);
                }
            } else {
                r[8] += flagged && !s.listsEscalate ? 1 : 0;
            }
        }
        return r;
    }

    private static Map<Sample, Double> crossValidated(Map<String, List<Sample>> byFile, List<String> files) {
        Map<Sample, Double> scores = new HashMap<>();
        for (String held : files) {
            Model model = train(samples(byFile, files.stream().filter(f -> !f.equals(held)).toList()));
            byFile.get(held).forEach(s -> scores.put(s, model.score(s)));
        }
        return scores;
    }

    /** Just above the score of the harmless message that would take the share past the limit. */
    private static double threshold(Map<Sample, Double> scores) {
        double[] harmless = scores.entrySet().stream().filter(e -> e.getKey().harmless)
                .mapToDouble(Map.Entry::getValue).sorted().toArray();
        int allowed = (int) Math.floor(MAX_HARMLESS_SHARE * harmless.length);
        return Math.nextUp(harmless[harmless.length - 1 - allowed]);
    }

    private static List<Sample> samples(Map<String, List<Sample>> byFile, List<String> files) {
        return files.stream().flatMap(f -> byFile.get(f).stream()).toList();
    }

    /** Logistic regression by AdaGrad over shuffled samples; L2 on the weights a sample touches. */
    static Model train(List<Sample> samples) {
        float[] w = new float[1 << DisclosureFeatures.BITS];
        float[] g2 = new float[w.length];
        double bias = 0;
        double biasG2 = 0;
        List<Sample> order = new ArrayList<>(samples);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Sample s : order) {
                double scale = s.slots.length == 0 ? 0 : 1 / Math.sqrt(s.slots.length);
                double z = bias;
                for (int slot : s.slots) {
                    z += w[slot] * scale;
                }
                double error = 1 / (1 + Math.exp(-z)) - (s.selfHarm ? 1 : 0);
                for (int slot : s.slots) {
                    double g = error * scale + L2 * w[slot];
                    g2[slot] += (float) (g * g);
                    w[slot] -= (float) (LEARNING_RATE * g / Math.sqrt(g2[slot] + 1e-8));
                }
                biasG2 += error * error;
                bias -= LEARNING_RATE * error / Math.sqrt(biasG2 + 1e-8);
            }
        }
        for (int i = 0; i < w.length; i++) {
            if (Math.abs(w[i]) < KEEP) {
                w[i] = 0;
            }
        }
        return new Model(w, bias);
    }

    private static List<Sample> read(Path file, TextNormaliser normaliser, PolicyChain lists,
            Map<Integer, String> names) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> labels = new ArrayList<>();
            node.path("labels").forEach(label -> labels.add(label.asString()));
            String body = node.path("body").asString("");
            MessageView message = MessageView.ofPlainText("", List.of(), node.path("subject").asString(""), body);
            List<Integer> slots = new ArrayList<>();
            for (ScannedText text : ScannedMessage.scan(message, normaliser).contentTexts()) {
                DisclosureFeatures.of(text.text(), slots::add);
                FeatureNames.of(text.text(), name -> names.putIfAbsent(DisclosureFeatures.slot(name), name));
            }
            Verdict verdict = lists.evaluate(message);
            samples.add(new Sample(file.getFileName().toString(), node.path("id").asString(), body,
                    slots.stream().mapToInt(Integer::intValue).toArray(), labels.contains("SELFHARM"),
                    !node.path("expect").asString().equals("block"), verdict instanceof Verdict.Escalate,
                    !(verdict instanceof Verdict.Deliver)));
        }
        return samples;
    }

    /** The shipped lists with the model switched off, so the table compares the model with the lists alone. */
    private static ContentSource listsOnlyContent() throws IOException {
        Path dataDir = Files.createTempDirectory("lists-only");
        Path file = dataDir.resolve("content/gateway/disclosure-model.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "threshold\t" + DisclosureModel.OFF + "\n");
        file.toFile().deleteOnExit();
        return ContentSource.withSchoolOverrides(dataDir);
    }

    private static void write(Path out, Model model, Map<Integer, String> names, String threshold, int files,
            List<Sample> all) throws IOException {
        long positives = all.stream().filter(Sample::selfHarm).count();
        StringBuilder text = new StringBuilder();
        text.append("""
                # Disclosure model: a trained second opinion for SELFHARM (DisclosureModelRule). It can only add a
                # SELFHARM finding, never remove one found by selfharm.txt or the disclosure-*.txt cues.
                # What: L2-regularised logistic regression over the gateway's normalised words (w:), pairs of
                # words in one sentence (b:) and 3-5 letter pieces of words (c:, < and > mark a word's ends).
                # score = bias + (sum of the weights of a message's features) / sqrt(number of features);
                # the message is escalated when score >= threshold.
                """);
        text.append(String.format(Locale.ROOT, "# Trained on %d labelled messages (%d SELFHARM) from the %d files "
                + "mail-gateway/src/test/resources/*.jsonl;%n", all.size(), positives, files));
        text.append(String.format(Locale.ROOT, "# L2 %.0e per update, %d epochs of AdaGrad, weights below %.2f dropped. "
                + "The threshold lets the model alone escalate%n# at most %.1f%% of harmless messages under "
                + "leave-one-file-out cross-validation.%n", L2, EPOCHS, KEEP, MAX_HARMLESS_SHARE * 100));
        text.append("""
                # Switch it off: a school copy of this file under <data-dir>/content/gateway/ holding the line
                # 'threshold<tab>off' (a school copy replaces this file whole).
                # Retrain (adds a school's own labelled .jsonl files if copied into mail-gateway/src/test/resources):
                #   ./mvnw -q -pl content,mail-gateway test -DskipTests -Ptrain-disclosure
                """);
        text.append("threshold\t").append(threshold).append('\n');
        text.append(String.format(Locale.ROOT, "bias\t%.4f%n", model.bias()));
        float[] w = model.weights();
        Integer[] kept = names.keySet().stream().filter(slot -> w[slot] != 0).toArray(Integer[]::new);
        Arrays.sort(kept, Comparator.comparingDouble((Integer slot) -> -Math.abs(w[slot]))
                .thenComparing(names::get));
        for (int slot : kept) {
            text.append(names.get(slot)).append('\t').append(String.format(Locale.ROOT, "%.4f", w[slot]))
                    .append('\n');
        }
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
    }

    /** The features of {@link DisclosureFeatures} by name, for writing the model file. */
    static final class FeatureNames {

        private FeatureNames() {
        }

        static void of(NormalisedText text, Consumer<String> into) {
            Token previous = null;
            for (Token token : text.words()) {
                String word = token.text();
                into.accept("w:" + word);
                if (previous != null && previous.sentence() == token.sentence()) {
                    into.accept("b:" + previous.text() + " " + word);
                }
                String padded = "<" + word + ">";
                for (int size = 3; size <= 5; size++) {
                    for (int from = 0; from + size <= padded.length(); from++) {
                        into.accept("c:" + padded.substring(from, from + size));
                    }
                }
                previous = token;
            }
        }
    }
}
