import { actorNamed, analyze } from "./helpers";

const chainOf = (body: string, sentence = 0) => {
  const a = analyze(body);
  return a.claims[sentence]!.sources.map((id) => a.actors.find((x) => x.id === id)!.name);
};

describe("findAttribution(doc)", () => {
  it("'According to X' attributes to X, then the outlet", () => {
    expect(chainOf("According to Reuters, the talks collapsed.")).toEqual(["Reuters", "The Test Outlet"]);
  });
  it("'X told Y' chains the speaker, the medium and the outlet", () => {
    expect(chainOf("A senior official told the BBC that sanctions would follow.")).toEqual(["Senior official", "BBC", "The Test Outlet"]);
  });
  it("'sources cited by X' chains the sources and X", () => {
    expect(chainOf("Sources cited by Bloomberg said the deal was close.")).toEqual(["Sources cited by Bloomberg", "Bloomberg", "The Test Outlet"]);
  });
  it("a trailing ', X said' attributes the sentence", () => {
    expect(chainOf("The border will reopen next week, Turkey said.")).toEqual(["Türkiye", "The Test Outlet"]);
  });
  it("an unattributed sentence belongs to the outlet alone", () => {
    expect(chainOf("The plan is a dangerous gamble.")).toEqual(["The Test Outlet"]);
  });
  it("a sentence inherits the attribution of its paragraph, not of the previous paragraph", () => {
    const body = "Reuters reported that talks stalled. Delegates left early.\n\nPrices rose.";
    expect(chainOf(body, 1)).toEqual(["Reuters", "The Test Outlet"]);
    expect(chainOf(body, 2)).toEqual(["The Test Outlet"]);
  });
  it("the outlet is an actor of kind media", () => {
    expect(actorNamed(analyze("Nothing happened."), "The Test Outlet")?.kind).toBe("media");
  });

  it("'…,\" said Chief Cabinet Secretary X' attributes the quotation to the speaker after the verb", () => {
    expect(chainOf('"We must act quickly," said Chief Cabinet Secretary Nobutaka Machimura.')).toEqual(["Nobutaka Machimura", "The Test Outlet"]);
  });
  it("an apposition between speaker and verb keeps the speaker ('X, a young teacher from Y, said')", () => {
    const body = "Ziad, a young teacher who travelled from Kelibia for the protest, said the march was peaceful.";
    expect(chainOf(body)).toEqual(["Ziad", "The Test Outlet"]);
  });
  it("a quotation after a quoted speaker's sentence in the same paragraph keeps that speaker", () => {
    const body = "The talks went well. \"Nothing fell,\" Minoru Takada told AFP. \"There was no panic.\"";
    expect(chainOf(body, 2)).toEqual(["Minoru Takada", "AFP", "The Test Outlet"]);
  });
  it("'Witnesses said …' attributes the sentence to the witnesses", () => {
    expect(chainOf("Witnesses said there was no sign of police at the scene.")).toEqual(["Witnesses", "The Test Outlet"]);
  });
  it("'… and the Elections Commission said that …' attributes the clause to the commission", () => {
    expect(chainOf("Voting ended on Sunday and the Elections Commission said that turnout was high.")).toEqual(["Elections Commission", "The Test Outlet"]);
  });

  it("a dateline does not hide the subject: 'WELLINGTON, Dec 10 (Reuters) - X said …'", () => {
    expect(chainOf("WELLINGTON, Dec 10 (Reuters) - The Reserve Bank of New Zealand said inflation was low.")).toEqual(["Reserve Bank of New Zealand", "The Test Outlet"]);
  });
  it("'X cut its rate, and said …' attributes the second verb phrase to the sentence's subject", () => {
    expect(chainOf("The Reserve Bank of New Zealand cut its rate on Thursday, and said it was ready to cut further.")).toEqual(["Reserve Bank of New Zealand", "The Test Outlet"]);
  });

  describe("real reporting shapes", () => {
    it("'…, X reported, citing people familiar' chains the people cited, then X", () => {
      expect(chainOf("The firm plans to cut 2,000 jobs, Bloomberg reported, citing people familiar with the matter.")).toEqual(["People familiar with the matter", "Bloomberg", "The Test Outlet"]);
    });
    it("'according to a draft seen by X' attributes to X", () => {
      expect(chainOf("The bloc will extend the measures, according to a draft seen by Reuters.")).toEqual(["Reuters", "The Test Outlet"]);
    });
    it("'In an interview with X, Y said' chains Y, then the medium X; the listener is never the speaker", () => {
      expect(chainOf("In an interview with the BBC, President Emmanuel Macron said the vote was rigged.")).toEqual(["Emmanuel Macron", "BBC", "The Test Outlet"]);
      expect(chainOf("In an interview with the BBC, the vote was called rigged.")).toEqual(["The Test Outlet"]);
    });
    it("'X said, according to Y' chains X, then Y", () => {
      expect(chainOf("President Emmanuel Macron said the talks had failed, according to Reuters.")).toEqual(["Emmanuel Macron", "Reuters", "The Test Outlet"]);
    });
    it("the listener of 'told' is never the speaker: 'he told the BBC' is the last person named, by way of the BBC", () => {
      const body = "President Emmanuel Macron visited the town. \"This is a tragedy,\" he told the BBC.";
      expect(chainOf(body, 1)).toEqual(["Emmanuel Macron", "BBC", "The Test Outlet"]);
      expect(chainOf("The minister told the BBC that the plan was dead.")).not.toContain("BBC");
    });
    it("a listener who is no medium is no link of the chain: 'X told Y that …'", () => {
      expect(chainOf("President Emmanuel Macron told Olaf Scholz that the border would open.")).toEqual(["Emmanuel Macron", "The Test Outlet"]);
    });
    it("'X wrote on Telegram' attributes to X", () => {
      expect(chainOf("President Emmanuel Macron wrote on Telegram that three drones were shot down.")).toEqual(["Emmanuel Macron", "The Test Outlet"]);
    });
    it("'the statement said' after 'X issued a statement' attributes to X", () => {
      expect(chainOf("The World Bank issued a statement on Monday. The statement said the loan was approved.", 1)).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("'read the statement' and 'according to the statement' go to the statement's owner, not the last speaker", () => {
      const body = '"Costs will rise," the World Bank said in a statement.\n\nEarlier, President Emmanuel Macron said the talks went well.\n\n"Prices are stable," read the statement.\n\nAccording to the statement, the loan is ready.';
      expect(chainOf(body, 2)).toEqual(["World Bank", "The Test Outlet"]);
      expect(chainOf(body, 3)).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("'A statement from X said' is X's, and so is 'the statement said' after it", () => {
      const body = "A statement from the World Bank said the loan was approved. President Emmanuel Macron said he was pleased. Rates will fall, the statement said.";
      expect(chainOf(body, 0)).toEqual(["World Bank", "The Test Outlet"]);
      expect(chainOf(body, 2)).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("'In a X statement, Y said': Y speaks, and 'the statement' after is X's", () => {
      const body = "In a NATO statement on Friday, the alliance's military committee chairman Rob Bauer said the drills would go on. According to the statement, the drills are defensive.";
      expect(chainOf(body, 0)).toEqual(["Rob Bauer", "The Test Outlet"]);
      expect(chainOf(body, 1)).toEqual(["NATO", "The Test Outlet"]);
    });
    it("'A spokesperson for X said' and 'Officials from X said' attribute to X", () => {
      expect(chainOf("A spokesperson for the World Bank said the loan would be paid.")).toEqual(["World Bank", "The Test Outlet"]);
      expect(chainOf("Officials from the World Bank said the loan would be paid.")).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("a place after 'from' is no speaker: 'Rescuers from X said'", () => {
      expect(chainOf("Rescuers from Pensacola said the roads were closed.")).toEqual(["The Test Outlet"]);
    });
    it("'The agency quoted X as saying' attributes to X by way of the agency; 'X was quoted as saying' to X", () => {
      expect(chainOf("Reuters quoted President Emmanuel Macron as saying the drills would continue.")).toEqual(["Emmanuel Macron", "Reuters", "The Test Outlet"]);
      expect(chainOf("President Emmanuel Macron was quoted as saying the drills would continue.")).toEqual(["Emmanuel Macron", "The Test Outlet"]);
    });
    it("joint speakers are both in the chain: 'X and Y announced'", () => {
      expect(chainOf("The World Bank and the International Monetary Fund announced that the loan was approved.")).toEqual(["World Bank", "IMF", "The Test Outlet"]);
    });
    it("a place in a clause before the subject is no joint speaker: 'Voting ended in X and the commission said'", () => {
      expect(chainOf("Voting ended in France and the World Bank said turnout was high.")).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("a description before a speaker: '…, the newly-appointed governor Dr. X says'", () => {
      expect(chainOf("Rates must rise, the newly-appointed governor Dr. Maria Santos says.")).toEqual(["Maria Santos", "The Test Outlet"]);
    });
    it("a place before the subject is not the speaker: 'At a meeting in Mumbai, India, the board said'", () => {
      expect(chainOf("At a meeting in Mumbai, India, the World Bank said the loan was approved.")).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("'he said' after 'X, the mayor of Y, said' is X, not the town", () => {
      const body = "Tomas Berg, the mayor of Brindale, said roads were closed. All shops were flooded, he said.";
      expect(chainOf(body, 1)).toEqual(["Tomas Berg", "The Test Outlet"]);
    });
    it("what a title is of is not the speaker: 'The governor of X, Y, said'; 'The head of the IMF said' is the IMF's", () => {
      expect(chainOf("The governor of Texas, Maria Santos, said roads were closed.")).toEqual(["Maria Santos", "The Test Outlet"]);
      expect(chainOf("The head of the IMF said the loan was approved.")).toEqual(["IMF", "The Test Outlet"]);
    });
    it("a pronoun before an adverb or auxiliary and a reporting verb: 'He also said' is the last person named, 'It also warned' the last speaker", () => {
      expect(chainOf("President Emmanuel Macron spoke in Paris. He also said the loan was approved.", 1)).toEqual(["Emmanuel Macron", "The Test Outlet"]);
      expect(chainOf("President Emmanuel Macron spoke in Paris. He has announced that the loan was approved.", 1)).toEqual(["Emmanuel Macron", "The Test Outlet"]);
      expect(chainOf("The World Bank said rates would rise.\n\nIt also warned that the loan was at risk.", 1)).toEqual(["World Bank", "The Test Outlet"]);
    });
    it("'declared a state of emergency' is an act, not a report", () => {
      expect(chainOf("President Emmanuel Macron declared a state of emergency for 26 counties.")).toEqual(["The Test Outlet"]);
    });
  });

  describe("quotations", () => {
    it("a name inside quotation marks is never the speaker", () => {
      expect(chainOf('"Vladimir Putin said he wants peace, but nobody believes him," Marta Lind, a senator, said.')).toEqual(["Marta Lind", "The Test Outlet"]);
      expect(chainOf('The talks resumed. "Vladimir Putin told us it was over."', 1)).not.toContain("Vladimir Putin");
    });
    it("a quotation over two sentences takes the speaker named right after it, not the previous speaker", () => {
      const body = 'Greta Holm said the town was flooded.\n\n"Nobody expected it. The water rose in an hour," said Lars Dahl, a fire chief.';
      expect(chainOf(body, 1)).toEqual(["Lars Dahl", "The Test Outlet"]);
      const after = 'Greta Holm said the town was flooded.\n\n"Nobody expected it. The water rose in an hour," Lars Dahl said.';
      expect(chainOf(after, 1)).toEqual(["Lars Dahl", "The Test Outlet"]);
    });
    it("a quotation left open at a paragraph's end takes the speaker named where it closes", () => {
      const body = 'Greta Holm said the talks resumed.\n\n"We are ready to talk.\n\n"But we will not wait forever," said Lars Dahl.';
      expect(chainOf(body, 1)).toEqual(["Lars Dahl", "The Test Outlet"]);
    });
    it("a speaker named in the sentence after a quotation is not its speaker", () => {
      const body = 'Greta Holm said the town was flooded.\n\n"Nobody expected it." Lars Dahl, a fire chief, arrived on Monday.';
      expect(chainOf(body, 1)).not.toContain("Lars Dahl");
    });
  });
});
