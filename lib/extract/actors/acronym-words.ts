/** Word lists for reading an acronym as a body (name-rules.ts, acronym-places.ts). */

// Abbreviations that name no body: "the CEO", "the GDP", "the IPO", time zones, currencies.
export const COMMON_ABBREVIATIONS = new Set(
  "CEO CFO COO CTO GDP GNP CPI IPO AGM ETF VAT GST PDF DNA RNA HIV AIDS COVID SUV TV PM AM MP MPs ID ICU ATM UTC GMT EST PST CET BST IST USD EUR GBP".split(" "),
);

// "the FTC approved", "the SEC's inquiry": an acronym with the article, acting or owning, is an institution.
// Any verb of saying in the present or past will do: "ZENTRA affirms that …", "KNBS estimates".
export const REPORTED_BY_ACRONYM =
  /^(?:said|says|reported|reports|announced|announces|confirmed|confirms|stated|states|told|added|affirmed|affirms|assured|assures|indicated|indicates|insisted|insists|stressed|stresses|warned|warns|noted|notes|explained|explains|estimated|estimates|maintained|maintains|denied|denies|denounced|denounces|rejected|rejects|claimed|claims)$/;

/**
 * "the VVD presses ahead", "the KMT wants to", "the PDU wins the": a verb's present -s form (its
 * stem a word the dictionary knows as a bare verb or noun), then a particle, "to" or its object's
 * article, as a subject's verb is followed ("the NFT markets in Asia" is no verb's).
 */
export function isPresentVerb(w: string, after: string, bare: (w: string) => boolean): boolean {
  if (!/^\p{Ll}{3,}s$/u.test(w) || /(?:ss|us|is)$/.test(w)) return false;
  const stem = /(?:sh|ch|ss|x)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  return bare(stem) && /^(?:to|ahead|forward|back|up|out|the|a|an|its|their|that)$/.test(after);
}

// "hundreds of GRT workers", "KTU members": the people of a body, after its letters.
export const BODY_PEOPLE = /^(?:workers|employees|staff|staffers|members|officials|drivers|pilots|negotiators|leaders)$/;
