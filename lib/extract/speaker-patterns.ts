/** How a speaker is described before or after a reporting verb, shared by the attribution rules. */
import { TITLE_WORDS } from "./actors";

// Lower-case descriptions before a speaker's name: "National broadcaster NHK said".
// Titles count ("the newly-appointed governor Dr. X said").
const TITLES = TITLE_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|");
// "A spokesperson for X", "officials at the X", "a representative of X": X speaks through them.
const VOICE_OF =
  "(?:[Ss]pokes(?:man|woman|person|people)|[Oo]fficials?|[Rr]epresentatives?|[Aa]ides?)\\s+(?:for|at|from|of|with|in)(?:\\s+the)?";
export const DESCRIPTOR = `(?:the\\s+|a\\s+|an\\s+)?(?:(?:${VOICE_OF}|\\p{Lu}[\\p{L}.’'&-]*|national|state|public|news|television|tv|radio|broadcaster|agency|newspaper|daily|channel|outlet|giant|major|firm|company|group|maker|carmaker|automaker|chipmaker|retailer|carrier|operator|lender|insurer|producer|supplier|rival|chief|senior|top|former|spokes(?:man|woman|person)|minister|official|analyst|economist|executive|director|leader|opposition|head|ceo|and|of|newly-(?:appointed|elected|named)|outgoing|incoming|new|${TITLES})\\s+){0,5}`;
export const OPENING = new RegExp(`^\\W*${DESCRIPTOR}$`, "u");
