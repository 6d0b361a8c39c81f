package org.casus.lexicon;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The word classes the rules read: saying verbs, casualty words, locative prepositions, pronouns
 * ... one versioned resource ({@code lexicon}: class, word, reason), so that a class of words
 * exists once and a change to it is a reviewed data change, not an edit inside a rule. Words are
 * lower case, lemmas unless the class says written forms.
 *
 * <p>Loaded once per JVM on first use; immutable and thread-safe.
 */
public final class Lexicon {
  /** The resource format this class reads. */
  public static final String FORMAT = "tsv/lexicon-v1";

  private static volatile Lexicon standard;

  private final Map<String, Set<String>> classes;
  private final String version;

  private Lexicon(TsvResource res) throws ResourceFormatException {
    int cls = res.column("class");
    int word = res.column("word");
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (TsvResource.Row row : res.rows()) {
      String c = row.get(cls);
      String w = row.get(word);
      if (c.isEmpty() || w.isEmpty()) {
        throw new ResourceFormatException(res.manifest().file(), row.line(), "empty class or word");
      }
      if (!m.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(w)) {
        throw new ResourceFormatException(res.manifest().file(), row.line(), "'" + w + "' twice in class " + c);
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.classes = Map.copyOf(frozen);
    this.version = res.manifest().version();
  }

  /**
   * The bundled lexicon, loaded on first use.
   *
   * @throws IllegalStateException if the bundled resource is missing or corrupt (a build error)
   */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = standard;
        if (l == null) {
          try {
            l = new Lexicon(TsvResource.load("lexicon", FORMAT));
          } catch (ResourceFormatException e) {
            throw new IllegalStateException("bundled resource is broken: " + e.getMessage(), e);
          }
          standard = l;
        }
      }
    }
    return l;
  }

  /**
   * The words of class {@code name} in the bundled lexicon.
   *
   * @throws IllegalArgumentException when the lexicon has no such class (a rule names a class that
   *     does not exist: a build error, found when the rule's class is loaded)
   */
  public static Set<String> words(String name) {
    return standard().wordsOf(name);
  }

  /**
   * The words of all classes {@code names} in the bundled lexicon, one unmodifiable set.
   *
   * @throws IllegalArgumentException when the lexicon lacks one of the classes (see {@link #words})
   */
  public static Set<String> words(String... names) {
    Set<String> u = new java.util.HashSet<>();
    for (String n : names) {
      u.addAll(words(n));
    }
    return Set.copyOf(u);
  }

  /** As {@link #words}, on this lexicon. */
  public Set<String> wordsOf(String name) {
    Set<String> w = classes.get(name);
    if (w == null) {
      throw new IllegalArgumentException("no word class '" + name + "' in the lexicon " + version);
    }
    return w;
  }

  /** The class names, in file order. */
  public Set<String> classNames() {
    return classes.keySet();
  }

  /** The resource version, for provenance. */
  public String version() {
    return version;
  }
}
