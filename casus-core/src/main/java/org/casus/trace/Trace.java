package org.casus.trace;

/**
 * What the rules of the coder did to one article, as they did it: for {@code casus explain} and
 * the drop-reason histogram of {@code casus stats --drops}. Rules report to the trace they are
 * given; {@link #OFF} keeps nothing and costs nothing, and is what a normal run uses.
 *
 * <p>Positions are the 0-based sentence index and the 0-based token index of the candidate
 * trigger (-1 when the step concerns the whole sentence or article). Rule ids are the constants
 * named in the chains ({@code target:object}, {@code actor:dictionary} ...). Implementations are
 * used by one thread per article.
 */
public interface Trace {
  /** The trace that keeps nothing. */
  Trace OFF = new Trace() {
    @Override
    public boolean on() {
      return false;
    }

    @Override
    public void step(int sentence, int token, String rule, String what) {}

    @Override
    public void drop(int sentence, int token, DropReason reason, String detail) {}
  };

  /**
   * A sentence of the article, before its rules report: its index, text and words (for a reader of
   * the trace, who has no parse). The default keeps nothing.
   */
  default void sentence(int index, String text, java.util.List<String> words) {}

  /** False when nothing is kept: callers may skip building messages. */
  boolean on();

  /**
   * A rule acted on a candidate.
   *
   * @param rule the rule's id
   * @param what what it did, in a few words ("IRNGOV from 'Iran'", "pattern 1234 matched")
   */
  void step(int sentence, int token, String rule, String what);

  /**
   * A candidate yielded no event, or an event was dropped.
   *
   * @param reason why
   * @param detail the words or codes concerned, {@code ""} when none
   */
  void drop(int sentence, int token, DropReason reason, String detail);
}
