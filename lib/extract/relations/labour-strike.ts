import { bodyTypes } from "../actors";
import type { WithActors } from "../types";
import type { Link } from "./collect";

// The label of a strike: "strikes", "struck", "strike at midnight".
const STRIKE = /^(?:strik(?:e|es|ing)|struck)\b/i;

/**
 * "The union announced it would strike at midnight after talks with X failed", "the strike
 * against X": a union that strikes stops work against an employer, it does not attack it. A strike
 * cue read as an attack whose source is a union opposes its target instead.
 */
export function asLabourStrike(doc: WithActors, source: string, link: Link): Link {
  if (link.kind !== "attacks" || !STRIKE.test(link.label)) return link;
  const actor = doc.actors.find((a) => a.id === source);
  if (!actor || (actor.kind !== "organization" && actor.kind !== "group")) return link;
  if (!bodyTypes(doc.text, actor, doc.mentions).has("union")) return link;
  return { ...link, kind: "opposes", label: "strikes against" };
}
