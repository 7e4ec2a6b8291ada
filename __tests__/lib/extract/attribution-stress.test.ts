import { analyze } from "./helpers";

/**
 * A stress test of the attribution stage on invented wire-style sentences (names and events made
 * up; no fixture text): each row is a sentence shape, the sentence asked about, and the chain of
 * sources its claim should carry, nearest first, ending in the outlet.
 */
const OUT = "The Test Outlet";

const chainOf = (body: string, sentence = 0) => {
  const a = analyze(body);
  return a.claims[sentence]!.sources.map((id) => a.actors.find((x) => x.id === id)!.name);
};

type Row = [shape: string, body: string, sentence: number, chain: string[]];

const speakers: Row[] = [
  ["X said", "Marta Kovalenko said the pipeline would be finished by June.", 0, ["Marta Kovalenko", OUT]],
  ["X said on Monday that", "Marta Kovalenko said on Monday that the pipeline would be finished by June.", 0, ["Marta Kovalenko", OUT]],
  ["X says (present)", "Marta Kovalenko says the pipeline will be finished by June.", 0, ["Marta Kovalenko", OUT]],
  ["X has said", "Marta Kovalenko has said the pipeline will be finished by June.", 0, ["Marta Kovalenko", OUT]],
  ["…, said X", "The pipeline will be finished by June, said Marta Kovalenko.", 0, ["Marta Kovalenko", OUT]],
  ["…, X, 54, said", "The pipeline will be finished by June, Marta Kovalenko, 54, said.", 0, ["Marta Kovalenko", OUT]],
  ["X, a <Institution> official, said: the name, not the description", "Yusuf Demir, a Transport Ministry official, said a total of 400 buses were late.", 0, ["Yusuf Demir", OUT]],
  ["…, <noun> chief X said", "Two pupils were hurt when the roof of Greenfield School collapsed, school chief Amara Nwosu said.", 0, ["Amara Nwosu", OUT]],
  ["…, <noun> spokesman X said", "The convoy was stopped near the border post at Rafina, police spokesman Lars Eklund said.", 0, ["Lars Eklund", OUT]],
  ["X told reporters", "Idris Balogun told reporters the vote would be delayed.", 0, ["Idris Balogun", OUT]],
  ["X told Reuters that", "Idris Balogun told Reuters that the vote would be delayed.", 0, ["Idris Balogun", OUT]],
  ["…, X told the BBC", "The vote will be delayed, Idris Balogun told the BBC.", 0, ["Idris Balogun", OUT]],
  ["X told a news conference", "Idris Balogun told a news conference in Abuja that the vote would be delayed.", 0, ["Idris Balogun", OUT]],
  ["X told reporters: \"…\"", 'Idris Balogun told reporters: "The vote will be delayed."', 0, ["Idris Balogun", OUT]],
  ["X, the minister, told parliament that", "Marta Kovalenko, the energy minister, told parliament on Tuesday that the pipeline was ready.", 0, ["Marta Kovalenko", OUT]],
  ["X, 61, who has led …, said", "Marta Kovalenko, 61, who has led the party since 2019, said she would step down.", 0, ["Marta Kovalenko", OUT]],
  ["Speaking to reporters in P, X said", "Speaking to reporters in Geneva, Marta Kovalenko said the talks had failed.", 0, ["Marta Kovalenko", OUT]],
  ["However, X said", "However, Marta Kovalenko said the talks had failed.", 0, ["Marta Kovalenko", OUT]],
  ["X, for her part, said", "Marta Kovalenko, for her part, said the talks had failed.", 0, ["Marta Kovalenko", OUT]],
  ["X has repeatedly said", "Marta Kovalenko has repeatedly said the talks had failed.", 0, ["Marta Kovalenko", OUT]],
  ["X, which makes …, said", "Unilever, which makes Dove soap, said on Tuesday it would cut 2,000 jobs.", 0, ["Unilever", OUT]],
  ["X, whose party won, told reporters", "Idris Balogun, whose party won the vote, told reporters the count was fair.", 0, ["Idris Balogun", OUT]],
];

const media: Row[] = [
  ["…, B reported, citing people familiar", "The airline is weighing a sale of its cargo unit, Bloomberg reported, citing people familiar with the matter.", 0, ["People familiar with the matter", "Bloomberg", OUT]],
  ["according to a draft seen by R", "The bloc will extend the sanctions by six months, according to a draft seen by Reuters.", 0, ["Reuters", OUT]],
  ["…, AFP reported", "Three soldiers were killed in the ambush, AFP reported.", 0, ["AFP", OUT]],
  ["AFP reported that", "AFP reported that three soldiers were killed in the ambush.", 0, ["AFP", OUT]],
  ["M reported, citing Y, that", "Tass reported, citing the Interior Ministry, that two drones had been shot down.", 0, ["Interior Ministry", "TASS", OUT]],
  ["X said …, according to M", "Idris Balogun said the vote would be delayed, according to AFP.", 0, ["Idris Balogun", "AFP", OUT]],
  ["M quoted X as saying", "Tass quoted Idris Balogun as saying the vote would be delayed.", 0, ["Idris Balogun", "TASS", OUT]],
  ["in an interview with M, X said", "In an interview with Al Jazeera, Hanne Lindqvist said the ceasefire was fragile.", 0, ["Hanne Lindqvist", OUT]],
  ["X said in an interview with M", "The ceasefire is fragile, Hanne Lindqvist said in an interview with the BBC.", 0, ["Hanne Lindqvist", OUT]],
  ["According to M, X said", "According to Reuters, Idris Balogun said the vote would be delayed.", 0, ["Idris Balogun", "Reuters", OUT]],
  ["X was quoted by M as saying", "Marta Kovalenko was quoted by Interfax as saying the talks had failed.", 0, ["Marta Kovalenko", "Interfax", OUT]],
  ["M cited X as saying", "Interfax cited Marta Kovalenko as saying the talks had failed.", 0, ["Marta Kovalenko", "Interfax", OUT]],
  ["M reported that X had said", "Tass reported that Idris Balogun had said the vote would be delayed.", 0, ["Idris Balogun", "TASS", OUT]],
  ["state news agency M reported", "State news agency Xinhua reported that the bridge had collapsed.", 0, ["Xinhua", OUT]],
  ["In comments to M, X said", "In comments to Reuters, Marta Kovalenko said the talks had failed.", 0, ["Marta Kovalenko", OUT]],
  ["X told The Associated Press", "Idris Balogun told The Associated Press that the vote would be delayed.", 0, ["Idris Balogun", OUT]],
  ["Quoting X, M reported that", "Quoting Idris Balogun, Interfax reported that the vote would be delayed.", 0, ["Idris Balogun", "Interfax", OUT]],
  ["X told M by telephone from P that", "Idris Balogun told AFP by telephone from Kano that the vote would be delayed.", 0, ["Idris Balogun", OUT]],
];

const channels: Row[] = [
  ["X wrote on X that", "Hanne Lindqvist wrote on X that the ceasefire was fragile.", 0, ["Hanne Lindqvist", OUT]],
  ["…, X wrote on Telegram", "The ceasefire is fragile, Rafael Ostrowski wrote on Telegram.", 0, ["Rafael Ostrowski", OUT]],
  ["In a post on Facebook, X wrote", "In a post on Facebook, Rafael Ostrowski wrote that the ceasefire was fragile.", 0, ["Rafael Ostrowski", OUT]],
  ["X said in a statement that", "The World Bank said in a statement that growth would slow.", 0, ["World Bank", OUT]],
  ["…, X said in a statement", "Growth will slow next year, the World Bank said in a statement.", 0, ["World Bank", OUT]],
  ["later: the statement said", "The World Bank said in a statement that growth would slow. Mayor Lotte Brink said the forecast was too gloomy. Inflation would stay high, the statement said.", 2, ["World Bank", OUT]],
  ["X's office said", "Rafael Ostrowski's office said the visit had been cancelled.", 0, ["Rafael Ostrowski", OUT]],
  ["…, Y said on Telegram", "Two police officers were injured, the Interior Ministry said on Telegram.", 0, ["Interior Ministry", OUT]],
  ["Writing on Facebook, X said", "Writing on Facebook, Rafael Ostrowski said the ceasefire was fragile.", 0, ["Rafael Ostrowski", OUT]],
  ["In a video posted on X, X said", "In a video posted on X, Rafael Ostrowski said the ceasefire was fragile.", 0, ["Rafael Ostrowski", OUT]],
  ["…, X said in a Facebook post", "The ceasefire is fragile, Rafael Ostrowski said in a Facebook post.", 0, ["Rafael Ostrowski", OUT]],
  ["A statement from Y said", "A statement from the World Bank said growth would slow.", 0, ["World Bank", OUT]],
  ["The statement, issued by Y on Monday, said", "The statement, issued by the World Bank on Monday, said growth would slow.", 0, ["World Bank", OUT]],
  ["Y's statement said", "The World Bank's statement said growth would slow.", 0, ["World Bank", OUT]],
  ["A Y report released on Monday said", "A United Nations report released on Monday said the prisoners had been tortured.", 0, ["United Nations", OUT]],
  ["next paragraph: \"…,\" the statement read", "The World Bank said growth would slow.\n\n\"Risks remain high,\" the statement read.", 1, ["World Bank", OUT]],
];

const spokespeople: Row[] = [
  ["a spokesperson for Y said", "A spokesperson for Unilever said the plant would close in May.", 0, ["Unilever", OUT]],
  ["…, a spokeswoman for Y said", "The plant will close in May, a spokeswoman for Unilever said.", 0, ["Unilever", OUT]],
  ["Y's spokesman X said", "Unilever's spokesman Pieter Claes said the plant would close in May.", 0, ["Pieter Claes", OUT]],
  ["X, a spokesman for Y, said", "Pieter Claes, a spokesman for Unilever, said the plant would close in May.", 0, ["Pieter Claes", OUT]],
  ["\"…,\" said X, the head of Y", '"The plant will close in May," said Pieter Claes, the head of the works council.', 0, ["Pieter Claes", OUT]],
  ["analysts at Y said", "Analysts at Goldman Sachs said the bank would cut rates.", 0, ["Goldman Sachs", OUT]],
  ["…, Y's spokesman X told reporters", "The talks failed, the Kremlin's spokesman Dmitry Peskov told reporters.", 0, ["Dmitry Peskov", OUT]],
  ["X, the EU's foreign policy chief, said", "Hanne Lindqvist, the EU's foreign policy chief, said the sanctions would stay.", 0, ["Hanne Lindqvist", OUT]],
];

const verbs: Row[] = [
  ["X added that", "Marta Kovalenko added that the budget would balance.", 0, ["Marta Kovalenko", OUT]],
  ["X noted that", "Marta Kovalenko noted that the budget would balance.", 0, ["Marta Kovalenko", OUT]],
  ["X warned that", "Marta Kovalenko warned that the budget would not balance.", 0, ["Marta Kovalenko", OUT]],
  ["X insisted", "Marta Kovalenko insisted the budget would balance.", 0, ["Marta Kovalenko", OUT]],
  ["X claimed", "Marta Kovalenko claimed the budget would balance.", 0, ["Marta Kovalenko", OUT]],
  ["X denied that", "Marta Kovalenko denied that the budget had been rigged.", 0, ["Marta Kovalenko", OUT]],
  ["X confirmed", "Marta Kovalenko confirmed the budget would balance.", 0, ["Marta Kovalenko", OUT]],
  ["X announced that", "Marta Kovalenko announced that the budget would balance.", 0, ["Marta Kovalenko", OUT]],
  ["X argued that", "Hanne Lindqvist argued that the tax would hurt farmers.", 0, ["Hanne Lindqvist", OUT]],
  ["X stressed that", "Hanne Lindqvist stressed that the tax was temporary.", 0, ["Hanne Lindqvist", OUT]],
  ["X urged that", "Senator Hanne Lindqvist urged that the tax be scrapped before the harvest.", 0, ["Hanne Lindqvist", OUT]],
  ["X vowed that", "Senator Hanne Lindqvist vowed that the tax would be scrapped.", 0, ["Hanne Lindqvist", OUT]],
  ["it was announced by Y that", "It was announced by the World Health Organization that the outbreak was over.", 0, ["World Health Organization", OUT]],
  ["as X put it", "As Marta Kovalenko put it, the talks had failed.", 0, ["Marta Kovalenko", OUT]],
  ["X said …, adding that", "Marta Kovalenko said the talks had failed, adding that a new round was planned.", 0, ["Marta Kovalenko", OUT]],
  ["X denied the reports", "The army denied the reports.", 0, ["army", OUT]],
  ["X confirmed on Monday that", "Idris Balogun confirmed on Monday that he would run.", 0, ["Idris Balogun", OUT]],
  ["X did Y, saying …", "The army rejected the accusation, saying the vote was fair.", 0, ["army", OUT]],
  ["X said …, sending … (no second speaker)", "Unilever said on Tuesday it would cut 2,000 jobs, sending its shares down 4%.", 0, ["Unilever", OUT]],
];

const quotations: Row[] = [
  ["X said: \"…\"", 'Marta Kovalenko said: "The pipeline will be ready by June."', 0, ["Marta Kovalenko", OUT]],
  ["\"…,\" X said. \"…\"", '"The pipeline is ready," Marta Kovalenko said. "We start pumping in June."', 1, ["Marta Kovalenko", OUT]],
  ["\"…,\" X said, \"…\"", '"The pipeline," Marta Kovalenko said, "will be ready by June."', 0, ["Marta Kovalenko", OUT]],
  ["next paragraph: \"…,\" she said", 'Marta Kovalenko said the pipeline was ready.\n\n"We start pumping in June," she said.', 1, ["Marta Kovalenko", OUT]],
  ["a quotation running into the next paragraph", '"The pipeline is ready," Marta Kovalenko said. "We start pumping in June.\n\n"Nobody thought we could do it."', 2, ["Marta Kovalenko", OUT]],
  ["X said that …. He added that …", "Idris Balogun said the vote would be delayed. He added that the count would take a week.", 1, ["Idris Balogun", OUT]],
  ["next paragraph: She said …", "Marta Kovalenko said the pipeline was ready.\n\nShe said pumping would start in June.", 1, ["Marta Kovalenko", OUT]],
  ["next paragraph: …, she added", "Marta Kovalenko said the pipeline was ready.\n\nPumping would start in June, she added.", 1, ["Marta Kovalenko", OUT]],
  ["a two-sentence quotation closed by 'she told reporters'", "Marta Kovalenko said the pipeline was ready.\n\n\"We start pumping in June. Nobody thought we could do it,\" she told reporters.", 1, ["Marta Kovalenko", OUT]],
  ["\"…,\" X said, before leaving", "\"It is over,\" Marta Kovalenko said, before leaving the room.", 0, ["Marta Kovalenko", OUT]],
  ["X told M: \"…\" He gave no date.", "Idris Balogun told the BBC: \"The vote will be delayed.\" He gave no date.", 0, ["Idris Balogun", OUT]],
  ["X was blunt: \"…\"", "Marta Kovalenko was blunt: \"The talks are over.\"", 0, ["Marta Kovalenko", OUT]],
  ["X had a message: \"…\"", "Idris Balogun had a simple message for voters: \"Stay at home.\"", 0, ["Idris Balogun", OUT]],
  ["a quotation running on over two paragraphs", "Marta Kovalenko spoke at length.\n\n\"We start pumping in June,\" she said. \"Nobody thought we could do it.\"\n\n\"The critics were wrong.\"", 3, ["Marta Kovalenko", OUT]],
  ["\"…,\" said X. \"… …\"", "\"We start pumping in June,\" said Marta Kovalenko. \"Nobody thought we could do it. The critics were wrong.\"", 2, ["Marta Kovalenko", OUT]],
  ["\"…,\" one protester, X, told M", "\"We are not afraid,\" one protester, Ines Akande, told AFP.", 0, ["Ines Akande", OUT]],
  ["\"…,\" the union's leader, X, said", "The union called the strike in May.\n\n\"We had no choice,\" the union's leader, Ines Akande, said.", 1, ["Ines Akande", OUT]],
];

const unnamed: Row[] = [
  ["a senior official who spoke on condition of anonymity", "A senior official who spoke on condition of anonymity said the talks had stalled.", 0, ["Senior official", OUT]],
  ["two people familiar with the talks said", "Two people familiar with the talks said a deal was close.", 0, ["People familiar with the talks", OUT]],
  ["diplomats said", "Diplomats said a deal was close.", 0, ["Diplomats", OUT]],
  ["…, diplomats said", "A deal is close, diplomats said.", 0, ["Diplomat", OUT]],
  ["an official, who asked not to be named, said", "An EU official, who asked not to be named, said the sanctions would stay.", 0, ["EU official", OUT]],
  ["…, a source close to Y said", "The talks failed, a source close to the presidency said.", 0, ["Source", OUT]],
  ["residents told M", "Residents told AFP the water had been cut off.", 0, ["Residents", OUT]],
  ["…, according to a person familiar with the matter", "A deal is close, according to a person familiar with the matter.", 0, ["Person familiar with the matter", OUT]],
  ["…, M reported, citing unnamed sources", "A deal is close, Bloomberg News reported on Tuesday, citing unnamed sources.", 0, ["Unnamed sources", "Bloomberg", OUT]],
  ["a senior Western diplomat told M", "A senior Western diplomat told Reuters the ceasefire was fragile.", 0, ["Senior Western diplomat", OUT]],
];

const roles: Row[] = [
  ["later: the minister said", "Finance Minister Marta Kovalenko said the budget would balance. The deficit would shrink next year, the minister said.", 1, ["Marta Kovalenko", OUT]],
  ["later: the minister added", "Finance Minister Marta Kovalenko said the budget would balance. The minister added that taxes would not rise.", 1, ["Marta Kovalenko", OUT]],
  ["headline: Name: claim", "Marta Kovalenko: pipeline will be ready by June\n\nThe pipeline runs for 300 km.", 0, ["Marta Kovalenko", OUT]],
  ["headline: Body: claim", "EU: sanctions will stay in place\n\nThe measures were first imposed in 2022.", 0, ["European Union", OUT]],
  ["later: the commission said", "The Electoral Commission extended voting. The commission said turnout had been low.", 1, ["Electoral Commission", OUT]],
  ["later: the company said", "Unilever posted a loss. The company said demand had weakened.", 1, ["Unilever", OUT]],
  ["later: the surname alone", "Marta Kovalenko arrived in Kyiv on Monday. The talks failed, Kovalenko said.", 1, ["Marta Kovalenko", OUT]],
  ["later: …, it said (an institution)", "The Kremlin said on Monday the talks had failed. Moscow would not return to the table, it said.", 1, ["Russia", OUT]],
  ["later: the union said", "The union said its members would strike. They would walk out on Monday, the union said.", 1, ["union", OUT]],
];

const traps: Row[] = [
  ["'is said to be' is no speaker", "Idris Balogun is said to be furious about the delay.", 0, [OUT]],
  ["'said to be' after a name", "The painting, said to be worth millions, was sold by Idris Balogun.", 0, [OUT]],
  ["'so-called' is no report", "The so-called peace plan was rejected by Idris Balogun.", 0, [OUT]],
  ["a relative clause's speaker is not the main clause's", "The deal, which Marta Kovalenko had said would never pass, was approved on Friday.", 0, [OUT]],
  ["'who said' describing the subject", "Marta Kovalenko, who said last year that she would retire, won a third term.", 0, [OUT]],
  ["'the news agency's office was raided'", "Reuters reported that the talks had failed.\n\nThe news agency's office in Kabul was raided by police.", 1, [OUT]],
  ["'declined to comment'", "Marta Kovalenko declined to comment on the budget.", 0, [OUT]],
  ["a report published by M is no report of the sentence", "The report, which Reuters published on Monday, drew criticism from Idris Balogun.", 0, [OUT]],
  ["'posted a loss' is no post", "Unilever posted a loss. The company said demand had weakened.", 0, [OUT]],
  ["'the report' is a noun", "Reuters could not independently verify the report.", 0, [OUT]],
  ["'was reported missing' names no speaker", "Marta Kovalenko was reported missing on Monday.", 0, [OUT]],
  ["'told of the verdict'", "Told of the verdict, Marta Kovalenko wept.", 0, [OUT]],
  ["a medium founded is no report", "The newspaper Le Monde was founded in 1944.", 0, [OUT]],
  ["a relative clause's subject is not the speaker", "The ministry, which Marta Kovalenko leads, said the talks had failed.", 0, [OUT]],
  ["'said by aides to be' names no speaker", "The minister, said by aides to be exhausted, left the room.", 0, [OUT]],
  ["'M spoke to residents' is no report", "Reuters spoke to twelve residents of the town.", 0, [OUT]],
  ["a narrated sentence after a report in its paragraph", "Marta Kovalenko said the talks had failed. The union has called a strike for Friday.", 1, [OUT]],
  ["'did not respond to a request for comment'", "Idris Balogun did not respond to a request for comment.", 0, [OUT]],
  ["'M was not able to reach X for comment'", "Reuters was not able to reach Idris Balogun for comment.", 0, [OUT]],
  ["a colon without a quotation is no speaker's", "Marta Kovalenko faces a choice: resign or fight.", 0, [OUT]],
];

describe("attribution on invented wire-style sentences", () => {
  describe.each([
    ["speakers", speakers],
    ["media", media],
    ["channels and statements", channels],
    ["spokespeople", spokespeople],
    ["reporting verbs", verbs],
    ["quotations", quotations],
    ["unnamed sources", unnamed],
    ["roles and headlines", roles],
    ["traps", traps],
  ] as const)("%s", (_group, rows) => {
    it.each(rows)("%s", (_shape, body, sentence, chain) => {
      expect(chainOf(body, sentence)).toEqual(chain);
    });
  });
});
