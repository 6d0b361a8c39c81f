package org.casus.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * Source registers: vocabularies in which actor words mean something else than in the Phoenix
 * dictionaries (the {@code registers} resource). Iranian state media, for example, call Israel
 * "the occupied territories"; a Western wire uses the same words for the West Bank and Gaza. A
 * register is recognised by marker phrases in the article ("the Zionist regime"), and its actor
 * dictionary is then consulted before the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class Registers {
  /** The resource format this class reads. */
  public static final String FORMAT = "tsv/registers-v1";

  private record Register(String name, List<Pattern> markers, ActorDictionary actors) {}

  private final List<Register> registers;

  private Registers(List<Register> registers) {
    this.registers = List.copyOf(registers);
  }

  /** Loads the bundled {@code registers} resource and the actor resources it names. */
  public static Registers loadDefault() throws ResourceFormatException {
    TsvResource r = TsvResource.load("registers", FORMAT);
    int cName = r.column("register");
    int cMarker = r.column("marker");
    int cActors = r.column("actor_resource");
    Map<String, List<Pattern>> markers = new LinkedHashMap<>();
    Map<String, String> actorResource = new LinkedHashMap<>();
    for (TsvResource.Row row : r.rows()) {
      String name = row.get(cName);
      String marker = row.get(cMarker).trim();
      if (name.isEmpty() || marker.isEmpty()) {
        throw new ResourceFormatException("registers", row.line(), "empty register or marker; expected register<TAB>marker<TAB>actor_resource");
      }
      markers.computeIfAbsent(name, k -> new ArrayList<>()).add(Pattern.compile("\\b"
          + Pattern.quote(marker.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q") + "\\b"));
      actorResource.putIfAbsent(name, row.get(cActors));
    }
    List<Register> out = new ArrayList<>();
    for (var e : markers.entrySet()) {
      out.add(new Register(e.getKey(), e.getValue(), ActorDictionary.load(actorResource.get(e.getKey()))));
    }
    return new Registers(out);
  }

  /** No registers: {@link #actorLayersFor} is always empty (the PETRARCH validation dictionaries). */
  public static Registers none() {
    return new Registers(List.of());
  }

  /**
   * The actor dictionaries of the registers whose markers occur in {@code text}.
   *
   * @param text the article text
   * @return dictionaries to consult first, in resource order; empty when no register is active
   */
  public List<ActorDictionary> actorLayersFor(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<ActorDictionary> out = new ArrayList<>();
    for (Register r : registers) {
      for (Pattern p : r.markers()) {
        if (p.matcher(lower).find()) {
          out.add(r.actors());
          break;
        }
      }
    }
    return out;
  }
}
