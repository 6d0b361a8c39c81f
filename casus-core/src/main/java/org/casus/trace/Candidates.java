package org.casus.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The candidate triggers of a recorded article and what became of each: the entries of a
 * {@link RecordingTrace} grouped by sentence and token. A candidate is a token that a rule reported
 * on (a verb looked up, an event noun, a content verb with no entry). Its outcome is read from its
 * last report: an emitted mention ({@value #EVENT}), or the last drop reason.
 */
public final class Candidates {
  /** The outcome of a candidate that gave at least one mention as its last report. */
  public static final String EVENT = "event";
  /** The outcome of a candidate whose rules reported no mention and no drop. */
  public static final String NONE = "no event";

  private Candidates() {}

  /**
   * One candidate.
   *
   * @param sentence 0-based sentence index
   * @param token 0-based token index
   * @param word the token as written, {@code ""} when the trace has no words for its sentence
   * @param entries its reports, in order
   */
  public record Candidate(int sentence, int token, String word, List<RecordingTrace.Entry> entries) {
    public Candidate {
      Objects.requireNonNull(word, "word");
      entries = List.copyOf(entries);
    }

    /** {@link #EVENT}, a {@link DropReason} name, or {@link #NONE}. */
    public String outcome() {
      for (int i = entries.size() - 1; i >= 0; i--) {
        RecordingTrace.Entry e = entries.get(i);
        if (e.isDrop()) {
          return e.drop().name();
        }
        if (e.rule().equals("event:mention")) {
          return EVENT;
        }
      }
      return NONE;
    }

    /** The drop that decided the outcome, when it is one. */
    public Optional<RecordingTrace.Entry> decidingDrop() {
      for (int i = entries.size() - 1; i >= 0; i--) {
        RecordingTrace.Entry e = entries.get(i);
        if (e.isDrop()) {
          return Optional.of(e);
        }
        if (e.rule().equals("event:mention")) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  /** The candidates of the trace in sentence and token order; article-level reports are left out. */
  public static List<Candidate> of(RecordingTrace trace) {
    Map<Long, List<RecordingTrace.Entry>> byToken = new LinkedHashMap<>();
    for (RecordingTrace.Entry e : trace.entries()) {
      if (e.sentence() >= 0 && e.token() >= 0) {
        byToken.computeIfAbsent(((long) e.sentence() << 32) | e.token(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Integer, RecordingTrace.Sentence> sentences = new LinkedHashMap<>();
    trace.sentences().forEach(s -> sentences.put(s.index(), s));
    List<Candidate> out = new ArrayList<>();
    byToken.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> {
      int sentence = (int) (en.getKey() >> 32);
      int token = (int) (long) en.getKey();
      RecordingTrace.Sentence s = sentences.get(sentence);
      String word = s != null && token < s.words().size() ? s.words().get(token) : "";
      out.add(new Candidate(sentence, token, word, en.getValue()));
    });
    return out;
  }
}
