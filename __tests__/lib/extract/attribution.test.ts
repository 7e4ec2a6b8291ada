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

  it("a lower-case title before a trailing speaker keeps the speaker ('…, the newly-appointed governor Dr. X says')", () => {
    const body = "Exports will recover by spring, the newly-appointed governor Dr. Amara Okonkwo says.";
    expect(chainOf(body)).toEqual(["Amara Okonkwo", "The Test Outlet"]);
  });
  it("'X declared a state of emergency' is an act, not a report", () => {
    expect(chainOf("Governor Lena Marsh declared a state of emergency for nine districts.")).toEqual(["The Test Outlet"]);
    expect(chainOf("Governor Lena Marsh declared that the roads were closed.")).toEqual(["Lena Marsh", "The Test Outlet"]);
  });

  it("'the statement said' cites the statement's owner, not the last speaker", () => {
    const body =
      "The Harbour Board said in a statement that the port would close. Mayor Ilse Brandt said the closure was a mistake. Repairs would take a week, the statement said.";
    expect(chainOf(body, 2)).toEqual(["Harbour Board", "The Test Outlet"]);
  });
  it("'…,\" read the statement' after another speaker's paragraph is the statement's owner's", () => {
    const body =
      "The Harbour Board said in a statement that the port would close.\n\nMayor Ilse Brandt said the closure was a mistake.\n\n\"Repairs will take a week,\" read the statement.";
    expect(chainOf(body, 2)).toEqual(["Harbour Board", "The Test Outlet"]);
  });
  it("'In an X statement, Y said' is Y's; 'according to the statement' after it is X's", () => {
    const body =
      "In a Harbour Board statement on Monday, chairman Tomas Reyes said the port would close. According to the statement, repairs would take a week.";
    expect(chainOf(body, 0)).toEqual(["Tomas Reyes", "The Test Outlet"]);
    expect(chainOf(body, 1)).toEqual(["Harbour Board", "The Test Outlet"]);
  });

  it("'he said' after 'X, the mayor of Y, said' is X's, not the place the title is of", () => {
    const body = "Lucia Ferrante, the mayor of Bari, said the old pier had collapsed. Two fishing boats sank, she said.";
    expect(chainOf(body, 1)).toEqual(["Lucia Ferrante", "The Test Outlet"]);
  });

  it("'a spokesperson for X said', '…,\" said a spokesman for X', 'officials at the X said' are X's", () => {
    expect(chainOf("A spokesperson for the Transport Ministry said the ferries would resume.")).toEqual(["Transport Ministry", "The Test Outlet"]);
    expect(chainOf('"The ferries will resume," said a spokesman for Siemens.')).toEqual(["Siemens", "The Test Outlet"]);
    expect(chainOf("Officials at the Transport Ministry said the ferries would resume.")).toEqual(["Transport Ministry", "The Test Outlet"]);
  });

  it("'X reported, citing Y, that …' chains Y, then X who cites Y", () => {
    const body = "Bloomberg reported, citing people familiar with the matter, that the ferry line would be sold.";
    expect(chainOf(body)).toEqual(["People familiar with the matter", "Bloomberg", "The Test Outlet"]);
  });

  it("'X acknowledged the result' is an act; 'X acknowledged that …' reports", () => {
    expect(chainOf("The Harbour Board later acknowledged the ballot result on Twitter.")).toEqual(["The Test Outlet"]);
    expect(chainOf("The Harbour Board acknowledged that the ballot was close.")).toEqual(["Harbour Board", "The Test Outlet"]);
  });

  it("names joined by 'and' are one subject: the first named speaks, and '… and X,' opens no clause", () => {
    expect(chainOf("Retail chain Zentrix.com and Walmart announced on Monday that they would merge.")).toEqual(["Zentrix.com", "The Test Outlet"]);
    expect(chainOf("In posts on Facebook and Twitter, the union said its members would strike.")).toEqual(["union", "The Test Outlet"]);
  });
});
