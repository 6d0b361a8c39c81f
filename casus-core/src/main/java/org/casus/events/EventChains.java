package org.casus.events;

import java.util.ArrayList;
import java.util.List;
import org.casus.events.roles.AskedParty;
import org.casus.events.roles.BetweenParties;
import org.casus.events.roles.BeyondSelf;
import org.casus.events.roles.CasualtyClauseVictims;
import org.casus.events.roles.ComplementTargets;
import org.casus.events.roles.CoordinatedVerbObject;
import org.casus.events.roles.ClaimedDeedTarget;
import org.casus.events.roles.CriticisedDeedAgent;
import org.casus.events.roles.DeathVerbVictims;
import org.casus.events.roles.Interception;
import org.casus.events.roles.InvestigatedDeedAgent;
import org.casus.events.roles.LeftOrganisation;
import org.casus.events.roles.MediatedParties;
import org.casus.events.roles.DemandedActor;
import org.casus.events.roles.ForceTargetCheck;
import org.casus.events.roles.HeldPlace;
import org.casus.events.roles.ImpliedAgency;
import org.casus.events.roles.ImpliedGovernment;
import org.casus.events.roles.ImpliedProtesters;
import org.casus.events.roles.NestedObjectTarget;
import org.casus.events.roles.ObjectTarget;
import org.casus.events.roles.ObliqueTarget;
import org.casus.events.roles.PatternObjectTarget;
import org.casus.events.roles.PersonNameTarget;
import org.casus.events.roles.PetrarchFirstActorAfter;
import org.casus.events.roles.PetrarchFirstActorInPhrase;
import org.casus.events.roles.PetrarchPassiveObliqueSource;
import org.casus.events.roles.PetrarchPrepositionSlot;
import org.casus.events.roles.PetrarchSwappedRoles;
import org.casus.events.roles.PetrarchTargetSlot;
import org.casus.events.roles.ProtestPurpose;
import org.casus.events.roles.MutualExchange;
import org.casus.events.roles.ReceivedFrom;
import org.casus.events.roles.TalksTopic;
import org.casus.events.roles.SeizureVenue;
import org.casus.events.roles.RoleRule;
import org.casus.events.roles.TargetRule;
import org.casus.events.roles.ThreatenedDeed;
import org.casus.events.roles.VisitHost;

/**
 * The event rule chains, in order: the one place that says which rules run and when. To add a
 * rule: write one class, add one line here, add its fixtures (docs/ARCHITECTURE.md).
 *
 * <p>The PETRARCH validation convention inserts its own rules (the {@code Petrarch*} classes)
 * among the CAMEO ones; they exist to reproduce the validation suites' reading and are not run in
 * production.
 */
public final class EventChains {
  private EventChains() {}

  /**
   * The targets among a verb's complements, tried in order until one finds any
   * ({@link org.casus.events.roles.RoleFinders#complementTargets}).
   */
  public static List<TargetRule> targetRules(Convention c) {
    boolean petrarch = c == Convention.PETRARCH_VALIDATION;
    List<TargetRule> rules = new ArrayList<>();
    rules.add(new ObjectTarget());
    if (petrarch) {
      rules.add(new PetrarchFirstActorInPhrase());
    }
    rules.add(new ObliqueTarget());
    rules.add(new NestedObjectTarget());
    rules.add(new PatternObjectTarget());
    rules.add(new CoordinatedVerbObject());
    return List.copyOf(rules);
  }

  /**
   * The roles chain of a verb clause, after its source: every rule in order, each may find or
   * correct the target or the source, or refine the code.
   */
  public static List<RoleRule> roleRules(Convention c) {
    boolean petrarch = c == Convention.PETRARCH_VALIDATION;
    List<RoleRule> rules = new ArrayList<>();
    rules.add(new ReceivedFrom());
    rules.add(new DeathVerbVictims());
    rules.add(new Interception());
    if (petrarch) {
      rules.add(new PetrarchPrepositionSlot());
    }
    rules.add(new ComplementTargets());
    if (petrarch) {
      rules.add(new PetrarchSwappedRoles());
      rules.add(new PetrarchTargetSlot());
    }
    rules.add(new TalksTopic());
    rules.add(new BeyondSelf());
    rules.add(new CriticisedDeedAgent());
    rules.add(new ClaimedDeedTarget());
    rules.add(new InvestigatedDeedAgent());
    rules.add(new LeftOrganisation());
    if (petrarch) {
      rules.add(new PetrarchFirstActorAfter());
      rules.add(new PetrarchPassiveObliqueSource());
    }
    rules.add(new DemandedActor());
    rules.add(new AskedParty());
    rules.add(new ThreatenedDeed());
    rules.add(new ProtestPurpose());
    rules.add(new ImpliedProtesters());
    rules.add(new ImpliedGovernment());
    rules.add(new ForceTargetCheck());
    rules.add(new SeizureVenue());
    rules.add(new CasualtyClauseVictims());
    rules.add(new HeldPlace());
    rules.add(new PersonNameTarget());
    rules.add(new VisitHost());
    rules.add(ImpliedAgency.police());
    rules.add(ImpliedAgency.court());
    rules.add(new MediatedParties());
    rules.add(new BetweenParties());
    rules.add(new MutualExchange());
    return List.copyOf(rules);
  }
}
