/**
 * Names that name no one: places ("Scenic Highway", "residents of San Isidro"), documents
 * ("Olympic Charter") and events ("Cyclone Aila"), blocked so that no later rule reads them as actors.
 */
import type { Name, Run } from "./name-rules";

// A name ending in one of these is a place: "Scenic Highway", "Gulf Coast", "Habib Bourguiba Avenue".
const PLACE_HEADS = new Set(
  "highway road street avenue boulevard square coast beach bay river lake island islands mountains valley county prefecture province district region park bridge airport port harbour harbor".split(
    " ",
  ),
);
// A name led by one of these names an event: "Cyclone Aila", "Hurricane Maria", "Operation Sindoor".
const EVENT_WORDS = new Set(
  "cyclone typhoon hurricane tornado storm earthquake quake tsunami wildfire operation".split(" "),
);
// A name ending in one of these is a document: "Olympic Charter", "Prevention of Corruption Act".
const DOCUMENT_HEADS = new Set("charter act treaty convention accord accords protocol declaration constitution".split(" "));

// A name ending in one of these is a disease: "Dengue Fever", "Nipah Virus", "Legionnaires Disease".
const DISEASE_HEADS = new Set("fever virus disease syndrome flu influenza pox".split(" "));

// "residents of Datu Odin Sinsuat", "the town of San Isidro", "Kalawa village": a place by what frames it.
const PLACE_BEFORE =
  /\b(?:residents|villagers|inhabitants|people|natives|mayor|governor)\s+of\s+$|\bthe\s+(?:town|towns|village|villages|city|municipality|district|province|county|region|island|port|capital)\s+of\s+$/i;
const PLACE_AFTER = /^\s+(?:town|village|municipality|district|province|county|township|barangay)\b/;

/** Whether the words around a name without a title frame it as a place. */
function isFramedPlace(run: Run, n: Name): boolean {
  const sentenceStart = run.tokens[0]!.start;
  return (
    n.titleKind === null &&
    (PLACE_BEFORE.test(run.text.slice(Math.max(sentenceStart, n.start - 40), n.start)) ||
      PLACE_AFTER.test(run.text.slice(n.end, n.end + 16)))
  );
}

// "Scenic Highway", "Gulf Coast": a place, "Olympic Charter" a document, "Dengue Fever" a disease, which no later rule may read as a name.
export function isPlaceName(run: Run, n: Name): boolean {
  if (isFramedPlace(run, n)) {
    run.reg.block(n.start, n.end);
    return true;
  }
  if (!((PLACE_HEADS.has(n.head) || DOCUMENT_HEADS.has(n.head) || DISEASE_HEADS.has(n.head)) && n.words.length >= 2)) return false;
  run.reg.block(n.start, n.end);
  return true;
}

// "Cyclone Aila was upgraded": an event, which no later rule may read as a person.
export function isEventName(run: Run, n: Name): boolean {
  if (!(n.words.length >= 2 && EVENT_WORDS.has(n.words[0]!.toLowerCase()) && n.titleKind === null))
    return false;
  run.reg.block(n.start, n.end);
  return true;
}
