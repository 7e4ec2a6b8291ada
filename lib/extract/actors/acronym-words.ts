/** Word lists for reading an acronym as a body (name-rules.ts, acronym-places.ts). */

// Abbreviations that name no body: "the CEO", "the GDP", "the IPO", time zones, currencies.
export const COMMON_ABBREVIATIONS = new Set(
  "CEO CFO COO CTO GDP GNP CPI IPO AGM ETF VAT GST PDF DNA RNA HIV AIDS COVID SUV TV PM AM MP MPs ID ICU ATM UTC GMT EST PST CET BST IST USD EUR GBP".split(" "),
);

// "the FTC approved", "the SEC's inquiry": an acronym with the article, acting or owning, is an institution.
// Any verb of saying in the present or past will do: "ZENTRA affirms that …", "KNBS estimates".
export const REPORTED_BY_ACRONYM =
  /^(?:said|says|reported|reports|announced|announces|confirmed|confirms|stated|states|told|added|affirmed|affirms|assured|assures|indicated|indicates|insisted|insists|stressed|stresses|warned|warns|noted|notes|explained|explains|estimated|estimates|maintained|maintains|denied|denies|denounced|denounces|rejected|rejects|claimed|claims)$/;
