package org.casus.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Quantity;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * The numbers of a count: a token's value (digits, number words, SUTime's normalised value), its
 * qualifier ("at least", "more than", "up to", "about", a range), a noun's count (its number, an
 * ACLED vague plural, "a man"), and the sum of coordinated counts. The qualifier conventions are
 * ACLED's (see {@link CasualtyReader}). Stateless.
 */
final class NumberReader {
  private NumberReader() {}

  private static final Set<String> ONE = Lexicon.words("one-determiner");
  /** Singular nouns that do not stand for one person: "a number of people", "a group of". */
  private static final Set<String> COLLECTIVE = Lexicon.words("collective-noun");

  /**
   * The sum of the counts of {@code heads} and their coordinated counts ("two generals ... as well
   * as five of their officers" = 7); "including 8 children" is a subset and is not added. Mixed
   * qualifiers give "at least", open-ended.
   *
   * @return empty when no head carries a count
   */
  static Optional<Quantity> sum(ParsedSentence s, List<Integer> heads) {
    long min = 0;
    long max = 0;
    String qualifier = null;
    StringBuilder text = new StringBuilder();
    int found = 0;
    for (int h : heads) {
      List<Quantity> parts = new ArrayList<>();
      nounCount(s, h).ifPresent(parts::add);
      for (int c : s.children(h, "conj")) {
        if (!s.token(c).isVerb() && s.children(c, "case").stream().noneMatch(x -> lemma(s, x).equals("include"))) {
          nounCount(s, c).ifPresent(parts::add);
        }
      }
      for (Quantity q : parts) {
        found++;
        min += q.min();
        max = (max == -1 || q.max() == -1) ? -1 : max + q.max();
        qualifier = qualifier == null ? q.qualifier() : (qualifier.equals(q.qualifier()) ? qualifier : "at least");
        text.append(text.length() > 0 ? " + " : "").append(q.text());
      }
    }
    if (found == 0) {
      return Optional.empty();
    }
    if (found > 1 && "at least".equals(qualifier) && max != -1) {
      max = -1;
    }
    return Optional.of(new Quantity(min, max, qualifier, text.toString()));
  }

  static List<Integer> numbersOf(ParsedSentence s, int gov, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(gov, rel)) {
      if (isNumber(s, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The count a nominal (or number) token states: its own number, a vague plural, or its numeric modifier. */
  static Optional<Quantity> nounCount(ParsedSentence s, int h) {
    if (s.relation(h).equals("conj") && isNumber(s, h) && isNumber(s, s.head(h)) && isRange(s, s.head(h))) {
      return Optional.empty(); // the upper end of a range, read with its lower end
    }
    if (isNumber(s, h)) {
      return number(s, h);
    }
    Optional<Quantity> vague = NumberWords.vague(s.token(h).word());
    if (vague.isPresent()) {
      return vague;
    }
    for (var d : s.children(h)) {
      String rel = d.relation();
      if ((rel.equals("nummod") || rel.equals("amod")) && isNumber(s, d.dependent())) {
        return number(s, d.dependent());
      }
    }
    Token t = s.token(h);
    if (t.pos().equals("NN") && !COLLECTIVE.contains(lemma(s, h)) && s.children(h, "det").stream().anyMatch(x -> ONE.contains(s.token(x).word().toLowerCase(Locale.ROOT)))) {
      return Optional.of(Quantity.exact(1, t.word())); // "a man", "another person"
    }
    return Optional.empty();
  }

  static boolean isNumber(ParsedSentence s, int i) {
    Token t = s.token(i);
    if (t.ner().equals("DATE") || t.ner().equals("ORDINAL") || t.ner().equals("TIME") || t.ner().equals("DURATION")
        || t.ner().equals("MONEY") || t.ner().equals("PERCENT")) {
      return false;
    }
    return (t.pos().equals("CD") || t.ner().equals("NUMBER")) && value(t).isPresent();
  }

  static OptionalLong value(Token t) {
    OptionalLong v = NumberWords.parse(t.word());
    if (v.isPresent()) {
      return v;
    }
    String n = t.normalized().replaceAll("^[<>=~]+", "");
    if (n.matches("\\d+(\\.0+)?")) {
      return OptionalLong.of(Long.parseLong(n.replaceAll("\\.0+$", "")));
    }
    return OptionalLong.empty();
  }

  /** The number at token {@code n} with its qualifier; a multi-word number (compound) is read whole. */
  static Optional<Quantity> number(ParsedSentence s, int n) {
    Token t = s.token(n);
    OptionalLong v = OptionalLong.empty();
    String norm = t.normalized().replaceAll("^[<>=~]+", "");
    if (t.ner().equals("NUMBER") && norm.matches("\\d+(\\.0+)?")) {
      v = OptionalLong.of(Long.parseLong(norm.replaceAll("\\.0+$", ""))); // SUTime reads "2.5 million" whole
    }
    if (v.isEmpty()) {
      v = value(t);
    }
    if (v.isEmpty()) {
      return Optional.empty();
    }
    long x = v.getAsLong();
    String text = numberText(s, n);
    for (int c : s.children(n, "conj")) {
      if (isNumber(s, c) && isRange(s, n)) {
        long y = value(s.token(c)).getAsLong();
        if (y >= x) {
          return Optional.of(new Quantity(x, y, "range", text + " - " + numberText(s, c)));
        }
      }
    }
    String q = qualifier(s, n, t.normalized());
    return Optional.of(switch (q) {
      case "at least" -> new Quantity(x, -1, q, text);
      case "more than" -> new Quantity(x + 1, -1, q, text);
      case "up to" -> new Quantity(Math.min(1, x), x, q, text);
      case "about" -> new Quantity(x, x, q, text);
      default -> Quantity.exact(x, text);
    });
  }

  /** SUTime marks bounds in the value ({@code >=7.0}, {@code >30.0}, {@code <=40.0}, {@code ~30.0}); the words back it up. */
  static String qualifier(ParsedSentence s, int n, String normalized) {
    if (normalized.startsWith(">=")) {
      return "at least";
    }
    if (normalized.startsWith(">")) {
      return "more than";
    }
    if (normalized.startsWith("<")) {
      return "up to";
    }
    if (normalized.startsWith("~")) {
      return "about";
    }
    String before = n > 0 ? s.token(n - 1).word().toLowerCase(Locale.ROOT) : "";
    String before2 = n > 1 ? s.token(n - 2).word().toLowerCase(Locale.ROOT) + " " + before : before;
    if (before2.equals("at least") || before.equals("least")) {
      return "at least";
    }
    if (before2.equals("more than") || before.equals("over") || before2.equals("upwards of")) {
      return "more than";
    }
    if (before2.equals("up to") || before.equals("maximum")) {
      return "up to";
    }
    if (Set.of("about", "around", "nearly", "almost", "approximately", "roughly", "some", "estimated").contains(before)) {
      return "about";
    }
    return "exact";
  }

  static String numberText(ParsedSentence s, int n) {
    int first = n;
    int last = n;
    while (first > 0 && s.token(first - 1).ner().equals("NUMBER") && s.token(first - 1).normalized().equals(s.token(n).normalized())) {
      first--;
    }
    while (last + 1 < s.size() && s.token(last + 1).ner().equals("NUMBER") && s.token(last + 1).normalized().equals(s.token(n).normalized())) {
      last++;
    }
    StringBuilder b = new StringBuilder();
    for (int i = first; i <= last; i++) {
      b.append(i > first ? " " : "").append(s.token(i).word());
    }
    return b.toString();
  }

  /** "between 10 and 15", "10 to 15", "10-15": the number and its conjoined number form a range. */
  static boolean isRange(ParsedSentence s, int n) {
    for (int i = Math.max(0, n - 3); i < n; i++) {
      if (s.token(i).word().equalsIgnoreCase("between")) {
        return true;
      }
    }
    return n + 1 < s.size() && (s.token(n + 1).word().equals("to") || s.token(n + 1).word().equals("-"));
  }

  private static String lemma(ParsedSentence s, int i) {
    return s.token(i).lemma().toLowerCase(Locale.ROOT);
  }
}
