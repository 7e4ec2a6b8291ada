/**
 * Speech acts reported without a verb of saying: what a speaker accuses, calls for, urges,
 * condemns, vows. Each verb is read as reporting only in the frame that makes it one ("accused X
 * of", "vowed to", "described X as", "rejected the accusations"), so "accused" alone or "welcomed
 * visitors" reports nothing; a passive ("was accused of") is left out where every report is.
 * Appeals ("called for calm", "urged all parties to …") are left to the outlet: readers take them
 * for acts more than claims.
 */
const OBJECT = String.raw`(?:\S+\s+){0,6}?`;
const ACTS = [
  String.raw`(?:arguing|insisting|warning|noting|claiming|stressing)(?<=,\s*(?:arguing|insisting|warning|noting|claiming|stressing))(?=\s)`,
  String.raw`(?:accused|accuses|accuse)(?=\s+${OBJECT}of\b)`,
  String.raw`(?:blamed|blames|blame)(?=\s+${OBJECT}(?:for|on)\b)`,
  String.raw`(?:described|describes|describe)(?=\s+(?:\S+\s+){1,6}?as\b)`,
  String.raw`(?:condemned|condemns|condemn|denounced|denounces|criticised|criticized|criticises|criticizes)(?=\s+\S)`,
  String.raw`(?:vowed|vows|pledged|pledges|promised|promises|threatened|threatens)(?=\s+to\s)`,
  String.raw`(?:expressed|expresses|voiced)(?=\s+(?:\p{Ll}+\s+)?(?:concern|regret|hope|sympathy|condolences|support|doubts?|frustration|optimism|disappointment|outrage|solidarity|alarm)\b)`,
  String.raw`(?:rejected|rejects|dismissed|dismisses)(?=\s+(?:the\s+|these\s+|such\s+)?(?:\p{Ll}+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|criticism|suggestions?)\b)`,
  String.raw`(?:welcomed|welcomes|hailed|hails)(?=\s+(?:the|this|a|an)\s+(?:\p{Ll}+\s+)?(?:decision|move|ruling|agreement|deal|announcement|verdict|result|news|step|plan|proposal|ceasefire|truce|release|vote|outcome)\b)`,
  String.raw`(?:demanded|demands)(?=\s+(?:that|the|an?|his|her|their|its)\b)`,
];
/** The speech acts, as alternatives of the reporting-verb pattern. */
export const SPEECH_ACTS = ACTS.join("|");
/** Participles after a comma by which the subject speaks on: ", saying …", ", arguing that …". */
export const SPEAKING_ON = /^(?:saying|arguing|insisting|warning|noting|adding|claiming|stressing)$/;
