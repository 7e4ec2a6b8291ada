import type { Segmented, WithActors } from "../types";
import { tokenize } from "../tokens";
import { bodiesByUsage } from "./body-usage";
import { findBarePolice, findDefiniteInstitutions, findTradeUnions } from "./institutions";
import { findHeadlessNames } from "./headless-names";
import { findKnownActors } from "./known";
import { findDatelineMedia, findNamedMedia, namedMedia } from "./media";
import { findCodedGroups } from "./coded-groups";
import { findNamedActors, findSalientNames } from "./people";
import { findAnonymousSources, findQuantifiedSources } from "./sources";
import { findUndefinedAcronyms } from "./initial-acronyms";
import { findDescribedSources } from "./described-sources";
import { findDemonymSources } from "./demonym-sources";
import { resolveCoreference } from "./coref";
import { joinDescribedBodies, resolveDescribedBodies } from "./described-bodies";
import { ActorRegistry } from "./registry";
import { findDefinedAcronyms, joinVariants } from "./variants";
import { findNicknames } from "./nicknames";
import { findFactionNames } from "./faction-names";
import { findBodySpokespeople } from "./body-spokespeople";

export { slug } from "./registry";
export { isPortfolio, isTitle, isTitleWord, TITLE_WORDS } from "./titles";
export { describedAs } from "./described-bodies";
export { bodyTypes } from "./body-types";

/**
 * Stage 2: who is mentioned where. Per sentence, in order of specificity: gazetteer names,
 * named people and organisations, institutions in lower case ("the police fired"), then back-references ("the agency"), then unnamed sources.
 * A character belongs to at most one mention, except shared back-references ("the two sides").
 */
export function findActors(doc: Segmented): WithActors {
  const reg = new ActorRegistry(doc.text.length);
  const surnames = new Map<string, string>();
  // The outlet is known before reading: a mention of it by name is the outlet, a medium.
  reg.ensure(doc.outlet.id, doc.outlet.name, "media");
  const tokensBySentence = doc.sentences.map((s) =>
    tokenize(doc.text.slice(s.start, s.end), s.start),
  );
  const media = namedMedia(doc.text);
  findFactionNames(doc.text, doc.sentences, reg);
  for (const s of doc.sentences) {
    const tokens = tokensBySentence[s.index]!;
    const words = tokens.map((t) => t.text);
    findQuantifiedSources(doc.text, s.start, s.end, s.index, reg);
    findDemonymSources(doc.text, s.start, s.end, s.index, reg);
    findKnownActors(doc.text, words, tokens, s.index, reg);
    if (s.index === 0) findDatelineMedia(doc.text, s.index, doc.outlet, reg);
    findNamedMedia(doc.text, s.start, s.end, s.index, media, reg);
    findHeadlessNames(doc.text, s.start, s.end, s.index, reg);
    findNamedActors(doc.text, tokens, s.index, reg, surnames);
    findCodedGroups(doc.text, tokens, s.index, reg);
    resolveDescribedBodies(doc.text, s.start, s.end, s.index, reg);
    findDefiniteInstitutions(doc.text, s.start, s.end, s.index, reg);
    findBarePolice(doc.text, s.start, s.end, s.index, reg);
    findTradeUnions(doc.text, s.start, s.end, s.index, reg);
    bodiesByUsage(doc.text, reg, s.index);
    resolveCoreference(doc.text, s.start, s.end, s.index, reg);
    findDescribedSources(doc.text, s.start, s.end, s.index, reg);
    findBodySpokespeople(doc.text, s.start, s.end, s.index, reg);
    findAnonymousSources(doc.text, s.start, s.end, s.index, reg);
  }
  findSalientNames(doc.text, doc.sentences, (i) => tokensBySentence[i]!, reg);
  findDefinedAcronyms(doc.text, doc.sentences, reg, doc.outlet.id);
  findUndefinedAcronyms(doc.text, doc.sentences, reg);
  findNicknames(doc.text, doc.sentences, reg);
  joinVariants(reg, doc.outlet.id);
  joinDescribedBodies(doc.text, reg);
  bodiesByUsage(doc.text, reg);
  const mentions = [...reg.mentions].sort(
    (a, b) => a.start - b.start || a.actor.localeCompare(b.actor),
  );
  return { ...doc, actors: [...reg.actors.values()], mentions };
}
