/**
 * Stage 6: events. Each sentence, in order, goes through named steps:
 *
 *   sentence ─scope─▶ tokens, words, clauses, triggers (scope.ts)
 *            ─triggers─▶ drafts: light verbs, verbs and their objects, strong nouns (from-triggers.ts)
 *            ─chains─▶ "assist in monitoring … by supplying …" joined into one (links.ts)
 *            ─anchors─▶ "following the meeting": the anchor event, posited or not (links.ts)
 *            ─gatherings─▶ "the Paris talks" corefers with the talks already met (links.ts)
 *            ─lead─▶ the lead sentence's main predicate, when no trigger made its event (lead.ts)
 *            ─times, actors─▶ attached within the clause (attach.ts)
 *            ─offences─▶ "a robbery in which jewels were stolen", a later "the heist": one offence (offences.ts)
 *   all drafts ─settle─▶ ids, times, certainty (settle.ts)
 */
import type { Event } from "../../model";
import type { WithAttribution } from "../types";
import { attachActors, attachTimes } from "./attach";
import type { Draft, Drafting } from "./draft";
import { draftTriggers } from "./from-triggers";
import { leadEvent } from "./lead";
import { joinChains, linkAnchors, mergeGatherings } from "./links";
import { foldOffences } from "./offences";
import { indexSentences, sentenceScope } from "./scope";
import { settle } from "./settle";

export type WithEvents = WithAttribution & { events: Event[] };

/**
 * Triggers (strong event nouns, event verbs, light verbs with an event noun) become events
 * labelled by their phrase; definite mentions ("the meeting") corefer with earlier events; anchor
 * phrases ("following the meeting", "after a peace agreement is reached") link events, creating
 * hypothetical ones where only posited; times attach within the clause.
 */
export function findEvents(doc: WithAttribution): WithEvents {
  const drafts: Draft[] = [];
  let key = 0;
  const nextKey = () => key++;
  const index = indexSentences(doc);
  let lead = true;
  for (const s of doc.sentences) {
    const scope = sentenceScope(doc, index, s);
    if (!scope) continue;
    const st: Drafting = { scope, drafts: [], consumed: new Set(), earlier: drafts, nextKey };
    draftTriggers(st);
    joinChains(st);
    linkAnchors(st);
    mergeGatherings(st);
    if (lead) leadEvent(st);
    lead = false;
    attachTimes(st);
    attachActors(st);
    foldOffences(st);
    drafts.push(...st.drafts);
  }
  return { ...doc, events: settle(doc, drafts) };
}

export { inflect } from "./triggers";
