package org.casus.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Trace} that keeps every step and drop in the order the rules reported them: what
 * {@code casus explain} prints and {@code casus stats --drops} counts. Not thread-safe: one per
 * article.
 */
public final class RecordingTrace implements Trace {
  /**
   * One report.
   *
   * @param sentence 0-based sentence index, -1 for the article
   * @param token 0-based token index of the candidate trigger, -1 for none
   * @param rule the rule's id (a step), or {@code ""} for a drop
   * @param drop the drop reason, null for a step
   * @param what what the rule did, or the drop's detail
   */
  public record Entry(int sentence, int token, String rule, DropReason drop, String what) {
    public Entry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(what, "what");
    }

    /** True for a drop, false for a step. */
    public boolean isDrop() {
      return drop != null;
    }
  }

  /**
   * A sentence as the pipeline saw it.
   *
   * @param index 0-based sentence index
   * @param text the sentence
   * @param words its tokens, in order
   */
  public record Sentence(int index, String text, List<String> words) {
    public Sentence {
      Objects.requireNonNull(text, "text");
      words = List.copyOf(words);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();

  @Override
  public void sentence(int index, String text, List<String> words) {
    sentences.add(new Sentence(index, text, words));
  }

  /** The sentences reported, in order; a copy. */
  public List<Sentence> sentences() {
    return List.copyOf(sentences);
  }

  @Override
  public boolean on() {
    return true;
  }

  @Override
  public void step(int sentence, int token, String rule, String what) {
    entries.add(new Entry(sentence, token, rule, null, what));
  }

  @Override
  public void drop(int sentence, int token, DropReason reason, String detail) {
    entries.add(new Entry(sentence, token, "", Objects.requireNonNull(reason, "reason"), detail));
  }

  /** The reports so far, in order; a copy. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
