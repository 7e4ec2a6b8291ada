import { isSignMeaning } from "./sign-meanings";

// A label naming several events ("several meetings", "a series of talks") is no one event to merge.
const COLLECTIVE = /^(?:several|many|numerous|a series of|a string of|a round of|multiple)\b/i;
export const isCollective = (label: string) => COLLECTIVE.test(label.trim());

// Plural nouns of people: by their ending ("workers", "residents", "protesters", "guardsmen"), or
// among the few that have none of those endings.
const PEOPLE_ENDING = /(?:ers|ors|ists|ents|ants|ians|ees|men)$/;
const PEOPLE = new Set(
  "people officials members delegates cardinals bishops clerics troops crowds families children crew crews police".split(
    " ",
  ),
);

/**
 * "Voting cardinals", "striking workers", "fleeing residents": an -ing word before a plural noun
 * of people is a participle saying what the people do; the phrase names them, not an event ("the
 * voting cardinals had come to a consensus" reports no vote of its own). "Voting rounds" names
 * events, and stays one.
 */
function namesParticipants(label: string): boolean {
  const m = /^\p{L}+ing\s+(\p{L}+s)$/iu.exec(label.trim());
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  return PEOPLE.has(noun) || PEOPLE_ENDING.test(noun);
}

// "She did not say how many men were arrested", "asked whether talks would resume": an indirect
// question asks about an event; it reports none.
const QUESTION = /^(?:how|whether|who|what|why|which)\b/i;

/**
 * Whether a report names no one event the merge can join: several events, what a sign means
 * (sign-meanings.ts), the people an action's participle describes, or a question.
 */
export const namesNoOneEvent = (sentence: string, label: string) =>
  isCollective(label) ||
  isSignMeaning(sentence, label) ||
  namesParticipants(label) ||
  QUESTION.test(label.trim());
