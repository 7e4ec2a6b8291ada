import type { RelationKind } from "../../model";
import type { Clause } from "../types";
import { relationLabel } from "./labels";
import { frameHits } from "./frames";
import { execAll } from "../exec-all";

/** Cue words of each relation kind, most specific first; symmetric kinds relate coordinated subjects. */
const CUES: { kind: RelationKind; re: RegExp; symmetric?: true; joint?: true; incorporates?: true }[] = [
  {
    kind: "attacks",
    re: /\b(?:attack(?:s|ed|ing)?|(?:strik(?:e|es|ing)|struck)(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|bargain|balance|chord|note|tone)\b)|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)|invad(?:e|es|ed|ing)|invasion of|fir(?:e|es|ed|ing) (?:on|at)|fir(?:e|es|ed|ing) [\w-]+(?: [\w-]+)? (?:on|at)|rammed|blockaded|kill(?:s|ed|ing)?)\b/gi,
  },
  // Punitive and legal acts are sanctions, never support: "suspended the committee", "fined the
  // bank", a court that sentences, convicts or finds someone guilty, police that arrest, detain or
  // charge someone with an offence (not "charged into the crowd", nor "take charge with immediate
  // effect", "in charge of": a role taken up, not an accusation).
  {
    kind: "sanctions",
    // "handed a two-month suspended sentence to X", "imposed a fine on X": the one who hands it out sanctions X.
    re: /\b(?:(?:hand(?:s|ed|ing)?(?:\s+down)?|gave|giv(?:e|es|en|ing)|impos(?:e|es|ed|ing))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:sentence|jail term|prison term|fine|ban|suspension|penalty|punishment)\s+(?:to|on)|sanction(?:s|ed|ing)?|embargo(?:es)? on|tariffs? on|suspend(?:s|ed|ing)?|fin(?:es|ed|ing)|ban(?:s|ned|ning)|(?:fine|ban)(?<=\b(?:to|will|would|may|might|could|can|should|must|shall|did|does|do|not)\s+(?:fine|ban))|expel(?:s|led|ling)|blacklist(?:s|ed|ing)?|penalis(?:e|es|ed|ing)|penaliz(?:e|es|ed|ing)|sentenc(?:e|es|ed|ing)|convict(?:s|ed|ing)?|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?|arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|indict(?:s|ed|ing)?|prosecut(?:e|es|ed|ing)|charg(?:e|es|ed|ing)(?<!\b(?:take|takes|took|taken|taking|in|assume|assumes|assumed|assuming)\s+charg(?:e|es|ed|ing))(?!\s+(?:into|at|through|towards?|across|onto|forward|ahead|up|down)\b)(?=\s+(?:[\p{L}.-]+\s+){0,5}?with\b)|found(?=\s+(?:[\p{L}.-]+\s+){0,4}?guilty\b))\b/giu,
  },
  // "the judge ordered First Harbour Bank to pay $7 million": an order to pay is a penalty on whom it names
  // (case by hand: under the "i" flag \p{Lu} would match any letter).
  { kind: "sanctions", re: /\b[Oo]rder(?:s|ed|ing)?(?=\s+(?:the\s+)?\p{Lu}[^,;.]{0,60}?\s+to\s+(?:pay|compensate|refund|reimburse|forfeit)\b)/gu },
  // "X was removed (from office) by the court", "was impeached by parliament": a removal whose agent is named.
  {
    kind: "sanctions",
    re: /\b(?:remov|dismiss|sack|impeach|depos)ed(?=\s+(?:from\s+(?:[\p{L}-]+\s+){1,3})?by\b)/giu,
  },
  {
    kind: "demands",
    re: /\b(?:demand(?:s|ed|ing)?|calls? on|called on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)? for|insist(?:s|ed|ing)? on)\b/gi,
  },
  {
    kind: "opposes",
    re: /\b(?:(?:go|goes|went|gone|going) on strike(?: against| at)?|su(?:es?|ed|ing)|oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|rebuk(?:e|es|ed|ing)|castigat(?:e|es|ed|ing)|censur(?:e|es|ed|ing)|hit out at|rail(?:s|ed|ing)? against|(?:call|push|campaign|press|clamou?r)\w*\s+for\s+(?:the\s+)?(?:resignation|removal|ouster|impeachment|dismissal|sacking)(?=\s+of\b)|(?:stag|launch|call|h[eo]ld|beg[ia]n|start)\w*\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:strike|protest|boycott|walkout)s?\s+(?:at|against)|(?<!\bcompet(?:e|es|ed|ing)\s+)against|den(?:y|ies|ied|ying)|disregard(?:s|ed|ing)?|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|anti-|oust(?:s|ed|ing)?|forc(?:e|es|ed|ing) out|toppl(?:e|es|ed|ing)|overthr(?:ow|ows|ew|own|owing))(?:\b|(?<=-))/gi,
  },
  // "X clashed with Y", "X had an altercation with Y", "a bitter row with Y", "clashes between X and
  // Y": a quarrel has two sides, either way round; the noun's light verb's subject is one of them.
  {
    kind: "opposes",
    re: /\b(?:clash(?:es|ed|ing)? with|(?:(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?)?(?:altercations?|quarrels?|feuds?|spats?|rows?|disputes?|scuffles?|confrontations?|stand-?offs?|clash(?:es)?)\s+(?:with|between))\b/gi,
    symmetric: true,
  },
  // "X will appeal the decision of Y", "X appealed against the ruling by Y": the appellant opposes
  // whoever decided.
  {
    kind: "opposes",
    re: /\bappeal(?:s|ed|ing)?\s+(?:against\s+)?(?:the|its|their|this)\s+(?:["“”\w-]+\s+){0,2}?(?:decision|ruling|verdict|judgment|judgement|fine|order|sanctions?|ban)(?:\s+by\b|(?=\s+of\b))/gi,
  },
  // "supplies of gas to Y" is a noun, not a verb; "compete against Y" is rivalry, not opposition.
  {
    kind: "provides",
    re: /\b(?:provid(?:e|es|ed|ing)|suppl(?:ied|ying|(?:y|ies)(?!\s+of\b))|deliver(?:s|ed|ing)?|(?:sen(?:d|ds|t|ding)|giv(?:e|es|en|ing)|gave)(?!\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:letters?|messages?|notes?|e-?mails?|invitations?|signals?|statements?|requests?|notices?|warnings?|texts?|tweets?|greetings?|condolences?|speech(?:es)?|interviews?|evidence|testimony|details)\b)|ship(?:s|ped|ping)|ship(?<=\b(?:to|will|would|may|might|could|can|should|must|shall|did|does|do|not)\s+ship)|donat(?:e|es|ed|ing)|airlift(?:s|ed|ing)?|arm(?:s|ed|ing)|fund(?:s|ed|ing)?|guarantees? for|aid (?:to|for)|weapons (?:to|for))\b/gi,
  },
  {
    kind: "supports",
    re: /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|assist(?:s|ed|ing)?|help(?:s|ed|ing)?|defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|stand(?:s)? with|recogni[sz](?:e|es|ed|ing)|endors(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|(?<!-)(?:re-?)?elect(?:s|ed|ing)?|appoint(?:s|ed|ing)?|nominat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|vaccinat(?:e|es|ed|ing))\b/gi,
  },
  {
    kind: "negotiates",
    re: /\b(?:negotiat(?:e|es|ed|ing|ions?)|talks? (?:with|between)|settlement with|deal with|agreement with|discuss(?:es|ed|ing)?|mediat(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|take over|takeover of|acquisition of|purchase of|merg(?:e|es|ed|ing|er) with|take control(?<=\b(?:agree[ds]?|offer(?:ed|s)?|deal)\s+to\s+take control)(?=\s+of\b))\b/gi,
    symmetric: true,
  },
  // "X had made a formal offer to Y to buy its shares", "X submitted a bid to Y": the bidder and
  // the one it bids to negotiate.
  {
    kind: "negotiates",
    re: /\b(?:ma(?:de|ke|kes|king)|submit(?:s|ted|ting)?|tabl(?:e|es|ed|ing))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal)\s+to(?=\s+(?:the\s+)?\p{Lu})/giu,
    symmetric: true,
  },
  // "X received a takeover offer from Y", "X accepted a $5 billion buyout bid from Y": the target of
  // a bid and its bidder negotiate; a rejected bid is the "reject" cue's (opposition).
  {
    kind: "negotiates",
    re: /\b(?:receiv(?:e|es|ed|ing)|accept(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|review(?:s|ed|ing)?)\s+(?:a|an|the|its|their)\s+(?:\S+\s+){0,6}?(?:takeover|buyout|acquisition|merger|purchase)\s+(?:offer|bid|proposal|approach)s?\s+from\b/gi,
    symmetric: true,
  },
  // "X reached a deal with Y": the subject and the party after "with"; "X and Y, which agreed to a
  // merger", "X and Y reached a deal": joint parties of one deal.
  {
    kind: "negotiates",
    re: /\b(?:agree(?:d|s)?\s+(?:to|on)|reach(?:ed|es)?|announc(?:e|ed|es)|complet(?:e|ed|es)|finali[sz](?:e|ed|es)|seal(?:ed|s)?|struck|strikes?)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:merger|deal|agreement|takeover|partnership|ceasefire|cease-fire|truce|armistice|accord|pact|treaty)\s+with\b/gi,
    symmetric: true,
  },
  {
    kind: "negotiates",
    re: /\b(?:agree(?:d|s)?\s+(?:to|on)|reach(?:ed|es)?|announc(?:e|ed|es)|complet(?:e|ed|es)|finali[sz](?:e|ed|es)|seal(?:ed|s)?)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:merger|deal|agreement|takeover|partnership|ceasefire|cease-fire|truce|armistice|accord|pact|treaty)\b(?!\s+with\b)/gi,
    symmetric: true,
    joint: true,
  },
  // "X and Y agreed to merge": joint parties of one merger.
  {
    kind: "negotiates",
    re: /\b(?:agree(?:d|s)?|plan(?:s|ned)?|decided|voted|intend(?:s|ed)?) to (?:merge|combine)\b/gi,
    symmetric: true,
    joint: true,
  },
  // "X and Y engaged in blunt talks over Z", "X and Y held talks on Monday", "X and Y had an
  // extensive exchange of views", "the ministers of X and Y held a phone call": joint parties of talks
  // named without "with".
  {
    kind: "negotiates",
    re: /\b(?:h(?:o|e)ld|holds?|holding|ha(?:d|ve|s)|engag(?:e|es|ed|ing) in|beg(?:a|i|u)n|open(?:s|ed)?|resum(?:e|es|ed))\s+(?:[\w"“”-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations|conversations?|(?:(?:tele)?phone|video) calls?|exchanges?["”]?\s+of views)\b(?!\s+(?:with|between)\b)/gi,
    symmetric: true,
    joint: true,
  },
  {
    kind: "meets",
    re: /\b(?:[Mm]eets?|[Mm]et|[Vv]isit(?:s|ed|ing)?|[Hh]ost(?:s|ed|ing)?|[Rr]eceiv(?:e|es|ed)(?= (?:the )?\p{Lu}))\b/gu,
    symmetric: true,
  },
  // Said of coordinated subjects only: "X and Y are working to …", "X and Y jointly …"; "X is working to win Y over" is no cooperation.
  {
    kind: "cooperates",
    re: /\b(?:work(?:s|ed|ing)? (?:together|to)|jointly|together|common position)\b/gi,
    symmetric: true,
    joint: true,
  },
  {
    kind: "cooperates",
    re: /\b(?:cooperat(?:e|es|ed|ing|ion)|co-operat\w*|work(?:s|ed|ing)? with|alongside|partner(?:s|ed|ing)? with|align(?:s|ed|ing)? with|allied with)\b/gi,
    symmetric: true,
  },
  // "X and Y signed a declaration": both sign; "X signed a deal with Y": X and Y are its parties.
  // What is signed without "with" ("signed a decree banning Y") relates no one to its object.
  {
    kind: "cooperates",
    re: /\bsign(?:s|ed|ing)?\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?with\b/gi,
    symmetric: true,
  },
  { kind: "cooperates", re: /\bsign(?:s|ed|ing)?\b(?!\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?with\b)/gi, symmetric: true, joint: true },
  // "X joins Y": the joiner acts, the direction holds.
  { kind: "cooperates", re: /\bjoin(?:s|ed|ing)?\b/gi },
  // "X's proposals are folded into a plan developed by Y": Y takes X's proposals into its own.
  {
    kind: "cooperates",
    re: /\b(?:folded|incorporated|integrated|absorbed|built|written) into\b/gi,
    incorporates: true,
  },
];

/** A cue found in a clause: its kind, offsets and words. */
export type Hit = {
  kind: RelationKind;
  at: number;
  end: number;
  label: string;
  /** the cue's words as written */
  words: string;
  symmetric: boolean;
  /** relates coordinated subjects only */
  joint: boolean;
  /** an incorporation passive ("folded into") */
  incorporates: boolean;
  /** read by a verb frame (frames.ts): its label is the frame's */
  framed?: boolean;
  /** a frame whose patient is its agent ("received funding from Y") */
  reversed?: boolean;
};

/** Every cue of every kind in the clause, in text order. */
export function cueHits(text: string, clause: Clause): Hit[] {
  const clauseText = text.slice(clause.start, clause.end);
  const hits: Hit[] = [];
  for (const c of CUES) {
    for (const m of execAll(c.re, clauseText))
      hits.push({
        kind: c.kind,
        at: clause.start + m.index,
        end: clause.start + m.index + m[0].length,
        label: relationLabel(c.kind, m[0]),
        words: m[0].toLowerCase(),
        symmetric: !!c.symmetric,
        joint: !!c.joint,
        incorporates: !!c.incorporates,
      });
  }
  // A verb frame reads its act whole: a cue word inside it ("imposed sanctions on", "received support
  // from") is the frame's, not an act of its own.
  const frames = frameHits(text, clause);
  const outside = hits.filter((h) => !frames.some((f) => h.at >= f.at && h.at < f.end));
  const framed = frames.map((f): Hit => ({ ...f, symmetric: false, joint: false, incorporates: false, framed: true }));
  return [...outside, ...framed].sort((x, y) => x.at - y.at);
}
