/** The words by which the name rules read a capitalised run: heads of bodies, verbs of speaking after a name, and the like. */
import type { Token } from "../tokens";
import { isPluralNoun } from "../lexicon";
export const ORG_HEADS = new Set(
  "directorate secretariat inspectorate consortium syndicate cooperative observatory survey police military ministry council party agency commission board college patrol bureau tribunal bank corporation corp. inc. group forces army navy committee union organization organisation association confederation team court parliament congress senate assembly government institute university company fund office department service front movement brigade authority administration guard foundation federation alliance coalition network museum gallery library hospital theatre theater school opera zoo airways airlines railways rail post telecom telecoms mobile steel tobacco power electric insurance motors holdings industries technologies pharmaceuticals enterprises investments co co. ltd ltd. limited inc incorporated corp plc llc llp ag nv sa spa gmbh bv league society brigades".split(
    " ",
  ),
);
export const LEADING_HEADS = new Set("banco grupo groupe banque compagnie companhia sociedad".split(" "));
export const ACRONYM = /^[A-Z][A-Z0-9&]+$/;
// People who work for the institution named before them: "Florida Fish and Wildlife officials",
// "a National Rail Workers director", "Unity Party members".
export const STAFF = new Set(
  "officials spokesman spokeswoman spokesperson staff employees executives investigators inspectors officers official director directors member members chairman chairwoman chairperson negotiator negotiators representative representatives".split(" "),
);
export const FIGHTERS = new Set("rebels militants fighters insurgents militiamen guerrillas gunmen".split(" "));
export const SPEAKER_VERBS = new Set(
  "said says told tells added adds wrote writes announced claimed warned insisted stressed argued explained noted replied denied confirmed won wins".split(
    " ",
  ),
);
// Auxiliaries after a sentence-initial full name: "Ventus Lau was arrested", "Ana Ruiz has resigned".
export const AUXILIARIES = new Set("was is has had will would could can may must did does".split(" "));
export const LOWER_ORG_HEADS = new Set(["party", "movement", "militia", "union", "coalition", "front", "group"]);

/** Whether token j is the apostrophe of a plural possessive, written on the word before it ("Workers’"). */
export const isPluralApostrophe = (tokens: readonly Token[], j: number) =>
  /^['’]$/.test(tokens[j]!.text) &&
  tokens[j]!.start === tokens[j - 1]!.end &&
  /^\p{Lu}\p{Ll}+s$/u.test(tokens[j - 1]!.text) &&
  isPluralNoun(tokens[j - 1]!.text.toLowerCase());
