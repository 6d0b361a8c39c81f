package org.casus.events;

import org.casus.model.EventMention;
import java.util.List;
import java.util.Optional;
import org.casus.events.rules.CivilianVictims;
import org.casus.events.rules.DeedWithoutTarget;
import org.casus.events.rules.DomesticDyad;
import org.casus.events.rules.IntentCode;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.DropReason;

/**
 * The last step of every event rule: checks a candidate dyad and adds the mention. Self events
 * (one code on both sides, a country acting on itself ({@link DomesticDyad}), one phrase) are dropped; force against
 * people named only by nationality is against civilians ({@link CivilianVictims}); a future deed is
 * coded as the intent to do it when the convention says so ({@link IntentCode}). Drops are named
 * in the trace. Stateless; thread-safe.
 */
public final class MentionBuilder {
  /** Trace id of a mention the events stage emits. */
  public static final String MENTION = "event:mention";

  private final Convention convention;

  public MentionBuilder(Convention convention) {
    this.convention = convention;
  }

  /** Adds the event {@code source} {@code code} {@code target} when both are coded and differ. */
  public void add(SentenceContext ctx, List<EventMention> out, int trigger, Actor source, Actor target, String code,
      String rule, Mode mode, boolean nominal) {
    if (!source.isCoded()) {
      drop(ctx, trigger, DropReason.SOURCE_NOT_CODED, source.text());
      return;
    }
    addDyad(ctx, out, trigger, source, target, code, rule, mode, nominal);
  }

  private void addDyad(SentenceContext ctx, List<EventMention> out, int trigger, Actor source, Actor target, String code,
      String rule, Mode mode, boolean nominal) {
    if (!target.isCoded() || source.code().equals(target.code())) {
      drop(ctx, trigger, target.isCoded() ? DropReason.SELF_EVENT : DropReason.NO_TARGET, target.text());
      return;
    }
    if (DomesticDyad.isSelf(source, target, code)) {
      drop(ctx, trigger, DropReason.SELF_EVENT, source.code() + " " + target.code()); // "Iran's president denies Iran's involvement"
      return;
    }
    Actor t = CivilianVictims.of(ctx.sentence(), target, code);
    if (source.span().equals(t.span())) {
      drop(ctx, trigger, DropReason.SELF_EVENT, "one phrase");
      return;
    }
    addChecked(ctx, out, trigger, source, Optional.of(t), code, rule, mode, nominal);
  }

  /**
   * {@code require_dyad} off: the event of a verb with a source but no target, or a target but no
   * source. A missing source is an uncoded actor at the verb.
   */
  public void addMonads(SentenceContext ctx, List<EventMention> out, int v, List<Actor> sources, List<Actor> targets,
      String code, String rule, Mode mode) {
    ParsedSentence s = ctx.sentence();
    List<Actor> coded = sources.stream().filter(Actor::isCoded).toList();
    if (coded.isEmpty()) {
      Actor none = new Actor("", "", "", List.of(), s.token(v).span(), "");
      for (Actor b : targets) {
        addDyad(ctx, out, v, none, b, code, rule + "+no-source", mode, false);
      }
      return;
    }
    for (Actor a : coded) {
      addChecked(ctx, out, v, a, Optional.empty(), code, rule + "+no-target", mode, false);
    }
  }

  /**
   * The event of each coded source of a deed that is complete without a target
   * ({@link DeedWithoutTarget}); an uncoded source is dropped as {@link DropReason#SOURCE_NOT_CODED}.
   */
  public void addWithoutTarget(SentenceContext ctx, List<EventMention> out, int v, List<Actor> sources, String code,
      String rule, Mode mode) {
    for (Actor a : sources) {
      if (a.isCoded()) {
        addChecked(ctx, out, v, a, Optional.empty(), code, rule + DeedWithoutTarget.RULE, mode, false);
      } else {
        drop(ctx, v, DropReason.SOURCE_NOT_CODED, a.text());
      }
    }
  }

  private void addChecked(SentenceContext ctx, List<EventMention> out, int trigger, Actor source,
      Optional<Actor> target, String code, String rule, Mode mode, boolean nominal) {
    if (mode.kind() == ModeKind.FUTURE && convention.codesFutureAsIntent()) {
      Optional<String> intent = IntentCode.of(code);
      if (intent.isEmpty()) {
        drop(ctx, trigger, DropReason.FUTURE_WITHOUT_INTENT, code);
        return;
      }
      code = intent.get();
      rule = rule + IntentCode.RULE;
    }
    if (!CameoCode.isEventCode(code)) {
      drop(ctx, trigger, DropReason.NOT_AN_EVENT_CODE, code);
      return;
    }
    out.add(new EventMention(ctx.sentence().index(), trigger, source, target, new CameoCode(code), rule, mode, nominal,
        Optional.empty()));
    if (ctx.trace().on()) {
      ctx.step(trigger, MENTION, source.code() + " " + code + " " + target.map(Actor::code).orElse("-") + " "
          + mode.kind().name().toLowerCase(java.util.Locale.ROOT) + " [" + rule + "]");
    }
  }

  private static void drop(SentenceContext ctx, int trigger, DropReason reason, String detail) {
    if (ctx.trace().on()) {
      ctx.trace().drop(ctx.sentence().index(), trigger, reason, detail);
    }
  }
}
