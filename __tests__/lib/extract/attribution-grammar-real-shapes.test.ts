import { OUT } from "./attribution-grammar";
import { chainOf } from "./attribution-grammar-run";

/**
 * Attribution on sentence shapes of real reporting the seeded grammars lacked: a speaker described
 * by whose they are or where they are, the passive "was quoted as saying", ", saying," before a
 * quotation. Every case is invented (names, places, outlets); each fails without its rule.
 */
const rules: [rule: string, body: string, sentence: number, chain: (string | RegExp)[]][] = [
  [
    "'…, his lawyer said': the lawyer speaks, not the person the words are about",
    "Opposition leader Kemal Arslan was arrested on Monday, his lawyer said.",
    0,
    ["Lawyer", OUT],
  ],
  [
    "'…, her spokesman said' after a named person",
    "Senator Aylin Demir met the miners. The plant will close in June, her spokesman said.",
    1,
    ["Spokesman", OUT],
  ],
  ["'…, a family member said'", "Amina Bello died in hospital in Kano, a family member said.", 0, ["Family member", OUT]],
  [
    "'Local officials in <place> said': the officials, not the place",
    "Local officials in Sindh province said three people had drowned.",
    0,
    ["Local officials", OUT],
  ],
  ["'Officials in the capital said'", "Officials in the capital said the curfew would be lifted.", 0, ["Officials", OUT]],
  ["'Officials in <state> said': the officials, not the state", "Officials in Kenya said the clinics would reopen.", 0, ["Officials", OUT]],
  ["'Police in <city> said'", "Police in Lagos said two suspects had been detained.", 0, ["police", OUT]],
  [
    "'Residents of the town told reporters'",
    "Residents of the town told reporters the water had risen overnight.",
    0,
    ["Residents", OUT],
  ],
  [
    "'Officials at <institution> said' stays the institution's",
    "Officials at the Kenya Health Ministry said the clinics would reopen.",
    0,
    ["Kenya Health Ministry", OUT],
  ],
  ["'X was quoted as saying' without a medium", "Kwame Mensah was quoted as saying the plane had landed safely.", 0, ["Kwame Mensah", OUT]],
  [
    "'X, an apposition, was later quoted as saying'",
    "Kwame Mensah, the coach, was later quoted as saying the team was tired.",
    0,
    ["Kwame Mensah", OUT],
  ],
  [
    "'<institution> responded, saying, \"…\"': a comma after 'saying'",
    'Peru\'s interior ministry responded on Tuesday, saying, "We reject the charges."',
    0,
    ["interior ministry", OUT],
  ],
  [
    "'a <institution> official made it clear that …'",
    "A Kestrel Airways official made it clear the airline would not pay.",
    0,
    [/Kestrel Airways/, OUT],
  ],
  [
    "'A ministry spokeswoman said': the ministry named before, not the state its name holds",
    "The Vietnamese foreign ministry condemned the move. A ministry spokeswoman said the country would respond.",
    1,
    ["Vietnamese foreign ministry", OUT],
  ],
  [
    "'a police spokesman said' after the force is named",
    "The Ghana Police Service arrested five men in Tema. A police spokesman said they would be charged.",
    1,
    ["Ghana Police Service", OUT],
  ],
  [
    "'He added' after a speaker's report names the speaker again, not a person the report named",
    "The meeting was tense. Union leader Amara Okafor said the government had ignored Hiroshi Tanaka, the transport minister. He added that the strike would continue.",
    2,
    ["Amara Okafor", OUT],
  ],
  [
    "'Nurses had argued for … what they called …': the collective whose scare phrase it is",
    "Talks collapsed on Friday. Nurses had argued for measures to deal with what they called the staffing crisis.",
    1,
    ["Nurses", OUT],
  ],
  [
    "'They said' after a collective's report is the collective again",
    "Nurses had argued for what they called safe staffing. They said that higher pay was the only way to keep nurses.",
    1,
    ["Nurses", OUT],
  ],
  [
    "'Farmers blocked … over what they called …': the scare phrase is the collective's",
    "Farmers blocked the highway in protest at what they called unfair prices.",
    0,
    ["Farmers", OUT],
  ],
  [
    "'Nurses … what they called' after 'the nurses unions' is the unions' voice, not a second actor",
    "Talks between the nurses unions and the hospital board collapsed. Nurses had argued against what they called low pay.",
    1,
    ["nurses unions", OUT],
  ],
  [
    "'…, officials on Tuesday said': a weekday between the collective and its verb",
    "At least four people have died in the floods in Kenya, officials on Tuesday said.",
    0,
    ["Official", OUT],
  ],
];

describe("attribution on real sentence shapes (invented sentences)", () => {
  it("'<state>'s federation has banned X, saying …': the banned person is the verb's object, not its subject", () => {
    const got = chainOf("Kenya's rowing federation has banned Kwame Mensah from all events, saying he had failed a doping test.");
    expect(got).not.toContain("Kwame Mensah");
    expect(got.at(-1)).toBe(OUT);
  });

  it.each(rules)("%s", (_rule, body, sentence, chain) => {
    const got = chainOf(body, sentence);
    expect(got).toHaveLength(chain.length);
    chain.forEach((want, i) => (typeof want === "string" ? expect(got[i]).toBe(want) : expect(got[i]).toMatch(want)));
  });
});
