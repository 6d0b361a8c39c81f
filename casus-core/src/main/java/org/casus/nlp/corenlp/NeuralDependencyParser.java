package org.casus.nlp.corenlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The forward pass of CoreNLP 4.5.10's neural dependency parser ({@code
 * edu.stanford.nlp.parser.nndep.DependencyParser}, Chen and Manning 2014), written again for speed:
 * the same model file, read from CoreNLP's model jar on the class path; the same 48 features (18
 * words, 18 tags, 12 arc labels of the stack, the buffer and the children of the two top stack
 * words); the same arc-standard transitions with one root; the same arithmetic in the same order,
 * so that every score is the double CoreNLP computes and every parse is CoreNLP's
 * ({@code NeuralDependencyParserTest} compares the arcs of both parsers on corpus sentences).
 *
 * <p>What is faster than CoreNLP's own classifier, the parse being the same:
 * <ul>
 *   <li>the word, tag and label of every position are looked up once per sentence (CoreNLP: three
 *       hash lookups of strings per feature per transition), and the parser state is a few int
 *       arrays (CoreNLP: lists of boxed integers and string labels);</li>
 *   <li>a transition is scored only when more than one is possible (the shifts onto a stack that
 *       holds only the root, and the final arc to the root, are the only legal move);</li>
 *   <li>the hidden layer's contribution of a (feature value, position) pair, a vector of
 *       {@code hiddenSize} doubles, is computed at load for the pairs the model lists for
 *       precomputation (as CoreNLP does, ~800 MB for {@code english_UD}, but on all cores) and kept
 *       for the others in a cache of {@value #CACHE} vectors shared by the threads (at most ~27 MB
 *       whatever the number of threads), so that a name the model does not list is computed once
 *       for many sentences, not once for each;</li>
 *   <li>the first layer is stored transposed, so that a product runs as a loop over independent
 *       sums, and the output layer computes four scores at a time as independent sums, each sum
 *       still added up in CoreNLP's order.</li>
 * </ul>
 *
 * <p>Thread-safe: the model is read-only after construction, the shared vectors and the cache's
 * entries (immutable once published, each a function of its feature alone, so that a race only
 * computes one twice) are published through {@link AtomicReferenceArray}s, and the working arrays
 * are per thread.
 */
final class NeuralDependencyParser {
  /** CoreNLP's default English UD model, a class-path resource of the CoreNLP models jar. */
  static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static final String UNKNOWN = "-UNKNOWN-";
  private static final String NULL = "-NULL-";
  private static final String ROOT = "-ROOT-";
  /** Feature positions: 18 words, 18 tags, 12 labels (CoreNLP's {@code Config.numTokens}). */
  private static final int TOKENS = 48;
  private static final int POS_OFFSET = 18;
  private static final int DEP_OFFSET = 36;
  /**
   * Entries of the cache of vectors for pairs not listed for precomputation, shared by the threads
   * (direct-mapped: a pair's slot is a hash of it). Parsing the first 3,000 Wikipedia
   * current-events items on one thread, 16,384 shared entries took about 5% of the parser's CPU time
   * off against 1,024 per thread (two runs each).
   */
  private static final int CACHE = 16_384;

  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Integer> posIds = new HashMap<>();
  /** The arc labels, index 0 {@code -NULL-}, index 1 the root label. */
  private final String[] labels;
  private final int embeddingSize;
  private final int hiddenSize;
  /** Transitions: L(label 1..L), R(label 1..L), S; {@code L = labels.length - 1}. */
  private final int numLabels;
  private final int numTransitions;
  /** Embeddings, row-major: {@code e[id * embeddingSize + k]}. */
  private final float[] e;
  /** First layer, transposed: {@code w1t[(position * embeddingSize + k) * hiddenSize + i]}. */
  private final float[] w1t;
  /** First layer's bias, each float widened to double (exactly) as CoreNLP adds it. */
  private final double[] b1;
  /** Output layer, each float widened to double (exactly): {@code w2[t * hiddenSize + i]}. */
  private final double[] w2;
  /** For each feature {@code id * 48 + position}: its slot among the precomputed pairs, or -1. */
  private final int[] preSlot;
  private final AtomicReferenceArray<double[]> saved;
  /** The cache of vectors for the pairs not precomputed, {@link #CACHE} slots. */
  private final AtomicReferenceArray<Cached> cache = new AtomicReferenceArray<>(CACHE);
  private final int unknownWord;
  private final int nullWord;
  private final int rootWord;
  private final int unknownPos;
  private final int nullPos;
  private final int rootPos;
  /** Embedding row of label index 0 ({@code -NULL-}); label index l is at {@code labelBase + l}. */
  private final int labelBase;
  private final ThreadLocal<Work> work;

  /**
   * Reads a model in CoreNLP's text format (legacy, or with {@code language=}/{@code tlp=} lines
   * first).
   *
   * @param model a class-path resource, file or URL that CoreNLP's {@code IOUtils} can open, gzip
   *     or not
   * @throws UncheckedIOException if it cannot be read
   * @throws IllegalArgumentException if it is not such a model or not a Universal Dependencies one
   */
  NeuralDependencyParser(String model) {
    try (BufferedReader in = IOUtils.readerFromString(model)) {
      String s = in.readLine();
      if (s == null) {
        throw new IllegalArgumentException("empty dependency model " + model);
      }
      if (s.startsWith("language=")) {
        if (!s.contains("UniversalEnglish")) {
          throw new IllegalArgumentException("only Universal English dependency models are supported: " + s);
        }
        in.readLine(); // tlp=
        s = in.readLine();
      }
      int nDict = header(s);
      int nPos = header(in.readLine());
      int nLabel = header(in.readLine());
      embeddingSize = header(in.readLine());
      hiddenSize = header(in.readLine());
      int nTokens = header(in.readLine());
      int nPre = header(in.readLine());
      if (nTokens != TOKENS) {
        throw new IllegalArgumentException("dependency model with " + nTokens + " features, not " + TOKENS);
      }
      int rows = nDict + nPos + nLabel;
      e = new float[rows * embeddingSize];
      labels = new String[nLabel];
      for (int r = 0; r < rows; r++) {
        String[] p = in.readLine().split(" ");
        if (r < nDict) {
          wordIds.put(p[0], r);
        } else if (r < nDict + nPos) {
          posIds.put(p[0], r);
        } else {
          labels[r - nDict - nPos] = p[0];
        }
        for (int k = 0; k < embeddingSize; k++) {
          e[r * embeddingSize + k] = Float.parseFloat(p[k + 1]);
        }
      }
      int inputs = embeddingSize * nTokens;
      w1t = readRows(in, inputs, hiddenSize); // one line per input, hiddenSize values: W1[i][j]
      b1 = readBias(in, hiddenSize);
      numLabels = nLabel - 1;
      numTransitions = nLabel * 2 - 1;
      w2 = readColumns(in, hiddenSize, numTransitions); // one line per hidden unit: W2[t][i]
      preSlot = new int[rows * TOKENS];
      saved = new AtomicReferenceArray<>(readPrecomputedSlots(in, nPre, preSlot));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read the dependency model " + model, ex);
    }
    unknownWord = wordIds.get(UNKNOWN);
    nullWord = wordIds.get(NULL);
    rootWord = wordIds.get(ROOT);
    unknownPos = posIds.get(UNKNOWN);
    nullPos = posIds.get(NULL);
    rootPos = posIds.get(ROOT);
    labelBase = wordIds.size() + posIds.size();
    if (!NULL.equals(labels[0])) {
      throw new IllegalArgumentException("dependency model whose first label is not " + NULL);
    }
    work = ThreadLocal.withInitial(Work::new);
    precomputeAll();
  }

  /** {@code lines} lines of {@code width} floats, row after row: {@code [line * width + k]}. */
  private static float[] readRows(BufferedReader in, int lines, int width) throws IOException {
    float[] m = new float[lines * width];
    for (int j = 0; j < lines; j++) {
      String[] p = in.readLine().split(" ");
      for (int i = 0; i < width; i++) {
        m[j * width + i] = Float.parseFloat(p[i]);
      }
    }
    return m;
  }

  /** One line of {@code n} floats, widened to doubles. */
  private static double[] readBias(BufferedReader in, int n) throws IOException {
    double[] b = new double[n];
    String[] p = in.readLine().split(" ");
    for (int i = 0; i < n; i++) {
      b[i] = Float.parseFloat(p[i]);
    }
    return b;
  }

  /** {@code lines} lines of {@code width} floats, widened and stored column after column: {@code [k * lines + line]}. */
  private static double[] readColumns(BufferedReader in, int lines, int width) throws IOException {
    double[] m = new double[lines * width];
    for (int i = 0; i < lines; i++) {
      String[] p = in.readLine().split(" ");
      for (int t = 0; t < width; t++) {
        m[t * lines + i] = Float.parseFloat(p[t]);
      }
    }
    return m;
  }

  /**
   * The model's list of {@code count} precomputed features: fills {@code slot[feature]} with the
   * feature's first position in the list (others stay -1) and returns the list's length.
   */
  private static int readPrecomputedSlots(BufferedReader in, int count, int[] slot) throws IOException {
    Arrays.fill(slot, -1);
    int slots = 0;
    while (slots < count) {
      for (String x : in.readLine().split(" ")) {
        int f = Integer.parseInt(x);
        if (slot[f] < 0) {
          slot[f] = slots;
        }
        slots++;
      }
    }
    return slots;
  }

  private static int header(String line) {
    if (line == null || line.indexOf('=') < 0) {
      throw new IllegalArgumentException("not a dependency model header line: " + line);
    }
    return Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
  }

  /**
   * The arc labels the model knows, index 0 {@code -NULL-} (never given to an arc), index 1 the
   * root's label.
   */
  String label(int index) {
    return labels[index];
  }

  /**
   * Computes the vectors of all the pairs the model lists for precomputation, as CoreNLP does at
   * load (~800 MB for {@code english_UD}), on the common fork-join pool.
   */
  private void precomputeAll() {
    IntStream.range(0, preSlot.length).parallel().forEach(f -> {
      int slot = preSlot[f];
      if (slot >= 0 && saved.get(slot) == null) {
        saved.compareAndSet(slot, null, product(f / TOKENS, f % TOKENS));
      }
    });
  }

  /** How many arc labels the model knows, {@code -NULL-} included. */
  int labelCount() {
    return labels.length;
  }

  /**
   * Parses one tagged sentence.
   *
   * @param tokens the sentence's tokens with {@link CoreLabel#word()} and {@link CoreLabel#tag()};
   *     not empty
   * @return for each token i (0-based), at {@code [0][i]} the 1-based index of its head (0: the
   *     root) and at {@code [1][i]} its label's index ({@link #label})
   * @throws RuntimeInterruptedException when the thread is interrupted (as CoreNLP's parser)
   */
  int[][] parse(List<CoreLabel> tokens) {
    int n = tokens.size();
    Work w = work.get();
    w.ensure(n);
    int[] word = w.word;
    int[] pos = w.pos;
    word[0] = rootWord;
    pos[0] = rootPos;
    for (int i = 1; i <= n; i++) {
      CoreLabel l = tokens.get(i - 1);
      Integer id = wordIds.get(l.word());
      word[i] = id == null ? unknownWord : id;
      Integer p = l.tag() == null ? null : posIds.get(l.tag());
      pos[i] = p == null ? unknownPos : p;
    }
    int[] head = w.head;
    int[] label = w.label;
    Arrays.fill(head, 0, n + 1, -1);
    Arrays.fill(label, 0, n + 1, -1);
    int[] stack = w.stack;
    int sp = 0;
    stack[sp++] = 0;
    int next = 1; // the buffer is tokens next..n
    while (!(sp == 1 && next > n)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      int t;
      if (sp <= 2) { // one legal move: shift, or the last word's arc to the root
        t = next <= n ? 2 * numLabels : numLabels;
      } else {
        double[] scores = scores(w, n, stack, sp, next);
        // CoreNLP: the first legal transition with the highest score; the root label is legal
        // only from the root, which is not among the top two of a stack of more than two
        double best = Double.NEGATIVE_INFINITY;
        t = -1;
        int last = next <= n ? numTransitions : numTransitions - 1;
        for (int j = 0; j < last; j++) {
          if (j == 0 || j == numLabels) {
            continue;
          }
          if (scores[j] > best) {
            best = scores[j];
            t = j;
          }
        }
        if (t < 0) {
          throw new IllegalStateException("no transition scored above -infinity");
        }
      }
      if (t < numLabels) { // left arc: the second word on the stack depends on the top one
        int dep = stack[sp - 2];
        head[dep] = stack[sp - 1];
        label[dep] = t + 1;
        stack[sp - 2] = stack[sp - 1];
        sp--;
      } else if (t < 2 * numLabels) { // right arc: the top word depends on the second
        int dep = stack[sp - 1];
        head[dep] = stack[sp - 2];
        label[dep] = t - numLabels + 1;
        sp--;
      } else {
        stack[sp++] = next++;
      }
    }
    int[][] out = new int[2][n];
    System.arraycopy(head, 1, out[0], 0, n);
    System.arraycopy(label, 1, out[1], 0, n);
    return out;
  }

  /** The output layer's scores of the state, in {@code w.scores} (CoreNLP's {@code computeScores}). */
  private double[] scores(Work w, int n, int[] stack, int sp, int next) {
    int[] f = w.features;
    int[] word = w.word;
    int[] pos = w.pos;
    for (int j = 2; j >= 0; j--) {
      int k = sp - 1 - j >= 0 ? stack[sp - 1 - j] : -1;
      f[2 - j] = wordOf(word, n, k);
      f[POS_OFFSET + 2 - j] = posOf(pos, n, k);
    }
    for (int j = 0; j <= 2; j++) {
      int k = next + j <= n ? next + j : -1;
      f[3 + j] = wordOf(word, n, k);
      f[POS_OFFSET + 3 + j] = posOf(pos, n, k);
    }
    int[] head = w.head;
    int[] label = w.label;
    for (int j = 0; j <= 1; j++) {
      int k = stack[sp - 1 - j];
      int lc1 = leftChild(head, n, k, 1);
      int rc1 = rightChild(head, n, k, 1);
      int[] idx = {lc1, rc1, leftChild(head, n, k, 2), rightChild(head, n, k, 2), leftChild(head, n, lc1, 1),
          rightChild(head, n, rc1, 1)};
      for (int c = 0; c < 6; c++) {
        int x = idx[c];
        f[6 + j * 6 + c] = wordOf(word, n, x);
        f[POS_OFFSET + 6 + j * 6 + c] = posOf(pos, n, x);
        f[DEP_OFFSET + j * 6 + c] = labelBase + (x <= 0 || x > n ? 0 : label[x]);
      }
    }
    double[] hidden = w.hidden;
    Arrays.fill(hidden, 0.0);
    for (int j = 0; j < TOKENS; j++) {
      double[] v = vector(w, f[j], j);
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += v[i];
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      double h = hidden[i] + b1[i];
      hidden[i] = h * h * h;
    }
    // each score summed over the hidden units in order from 0 (CoreNLP's dot product); four
    // scores at a time, as independent sums, so that they do not wait for each other
    double[] scores = w.scores;
    int nt = numTransitions;
    int hs = hiddenSize;
    int t = 0;
    for (; t + 4 <= nt; t += 4) {
      double s0 = 0.0;
      double s1 = 0.0;
      double s2 = 0.0;
      double s3 = 0.0;
      int r0 = t * hs;
      int r1 = r0 + hs;
      int r2 = r1 + hs;
      int r3 = r2 + hs;
      for (int i = 0; i < hs; i++) {
        double h = hidden[i];
        s0 += h * w2[r0 + i];
        s1 += h * w2[r1 + i];
        s2 += h * w2[r2 + i];
        s3 += h * w2[r3 + i];
      }
      scores[t] = s0;
      scores[t + 1] = s1;
      scores[t + 2] = s2;
      scores[t + 3] = s3;
    }
    for (; t < nt; t++) {
      double s0 = 0.0;
      int r0 = t * hs;
      for (int i = 0; i < hs; i++) {
        s0 += hidden[i] * w2[r0 + i];
      }
      scores[t] = s0;
    }
    return scores;
  }

  private int wordOf(int[] word, int n, int k) {
    return k < 0 || k > n ? nullWord : word[k];
  }

  private int posOf(int[] pos, int n, int k) {
    return k < 0 || k > n ? nullPos : pos[k];
  }

  /** CoreNLP's {@code Configuration.getLeftChild(k, cnt)}: the cnt-th child left of k, from the left. */
  private static int leftChild(int[] head, int n, int k, int cnt) {
    if (k < 0 || k > n) {
      return -1;
    }
    int c = 0;
    for (int i = 1; i < k; i++) {
      if (head[i] == k && ++c == cnt) {
        return i;
      }
    }
    return -1;
  }

  /** CoreNLP's {@code Configuration.getRightChild(k, cnt)}: the cnt-th child right of k, from the right. */
  private static int rightChild(int[] head, int n, int k, int cnt) {
    if (k < 0 || k > n) {
      return -1;
    }
    int c = 0;
    for (int i = n; i > k; i--) {
      if (head[i] == k && ++c == cnt) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first layer's product for feature value {@code id} at {@code position}: a precomputed
   * pair's double sum (CoreNLP's {@code preCompute}), or, for the others, that sum rounded to float
   * (CoreNLP's cache of {@code matrixMultiplySlice}).
   */
  private double[] vector(Work w, int id, int position) {
    int feature = id * TOKENS + position;
    int slot = preSlot[feature];
    if (slot >= 0) {
      double[] v = saved.get(slot);
      if (v == null) {
        v = product(id, position);
        if (!saved.compareAndSet(slot, null, v)) {
          v = saved.get(slot);
        }
      }
      return v;
    }
    int c = Math.floorMod(feature * 0x9E3779B1, CACHE);
    Cached hit = cache.get(c);
    if (hit != null && hit.feature() == feature) {
      return hit.vector();
    }
    double[] v = product(id, position);
    for (int i = 0; i < hiddenSize; i++) {
      v[i] = (float) v[i];
    }
    cache.set(c, new Cached(feature, v));
    return v;
  }

  /** Sum over k of {@code W1[i][position * embeddingSize + k] * E[id][k]}, each product in float, summed in double from 0 in k order. */
  private double[] product(int id, int position) {
    double[] acc = new double[hiddenSize];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float x = e[id * embeddingSize + k];
      int base = (offset + k) * hiddenSize;
      for (int i = 0; i < hiddenSize; i++) {
        acc[i] += w1t[base + i] * x;
      }
    }
    return acc;
  }

  /**
   * A cached vector of a feature not precomputed; its array is never written after the entry is
   * made.
   */
  private static final class Cached {
    private final int feature;
    private final double[] vector;

    Cached(int feature, double[] vector) {
      this.feature = feature;
      this.vector = vector;
    }

    int feature() {
      return feature;
    }

    double[] vector() {
      return vector;
    }
  }

  /** A thread's working arrays. */
  private final class Work {
    int[] word = new int[0];
    int[] pos = new int[0];
    int[] head = new int[0];
    int[] label = new int[0];
    int[] stack = new int[0];
    final int[] features = new int[TOKENS];
    final double[] hidden = new double[hiddenSize];
    final double[] scores = new double[numTransitions];

    void ensure(int n) {
      if (word.length < n + 1) {
        int size = Math.max(n + 1, 64);
        word = new int[size];
        pos = new int[size];
        head = new int[size];
        label = new int[size];
        stack = new int[size + 1];
      }
    }
  }
}
