import { analyze } from "./helpers";

// Session 32 (issue 14, item 2): sentence shapes of fresh dev rounds the attribution rules missed,
// each on invented sentences.
const chainOf = (body: string, sentence = 0) => {
  const a = analyze(body);
  return a.claims[sentence]!.sources.map((id) => a.actors.find((x) => x.id === id)?.name ?? id);
};
const OUTLET = "The Test Outlet";

describe("attribution, session 32", () => {
  it("'council member X said': a member of a body is a role before a name", () => {
    const body = "At the hearing on Tuesday, board member Ngozi Adeyemi said the plan came too late.";
    expect(chainOf(body)).toEqual(["Ngozi Adeyemi", OUTLET]);
  });

  it("'X shared that', 'X has informed that', 'X opined that' report what X says", () => {
    expect(chainOf("Ramón Etxeberria shared that the results would be public within days.")).toEqual(["Ramón Etxeberria", OUTLET]);
    expect(chainOf("The Ministry of Fisheries has informed that the ban will end in March.")[0]).toBe("Ministry of Fisheries");
    expect(chainOf("Kwame Asante opined that the deal would hold.")).toEqual(["Kwame Asante", OUTLET]);
  });

  it("'informed' and 'shared' report only before 'that'", () => {
    expect(chainOf("Kwame Asante shared a meal with the visitors.")).toEqual([OUTLET]);
    expect(chainOf("Kwame Asante informed the police about the theft.")).toEqual([OUTLET]);
  });

  it("'<institution> spokesperson informed that …' is the spokesperson named before with that title", () => {
    const body =
      "The Independent Electoral Board (IEB) opened the count. " +
      "IEB spokesperson Aigerim Sultanova said the count was nearly over. " +
      "The board met on Monday. " +
      "IEB spokesperson informed that the last ballots would arrive by Friday.";
    expect(chainOf(body, 3)).toEqual(["Aigerim Sultanova", OUTLET]);
  });

  it("'<institution> spokesperson said' with no one named before in that role stays the institution's", () => {
    const body =
      "The Independent Electoral Board (IEB) opened the count. " +
      "IEB spokesperson said the last ballots would arrive by Friday.";
    expect(chainOf(body, 1)).toEqual(["Independent Electoral Board", OUTLET]);
  });

  it("quotation marks written as doubled backticks are quotation marks", () => {
    const body = "``We will not yield,`` Tomasz Wierzbicki said. ``The talks are over.``";
    expect(chainOf(body, 0)).toEqual(["Tomasz Wierzbicki", OUTLET]);
    // The text and the evidence offsets are the article's as written.
    const a = analyze(body);
    expect(a.article.text.slice(a.claims[0]!.evidence.start, a.claims[0]!.evidence.end)).toContain("``We will not yield,``");
  });

  it("'…, X announced on Monday.' closes a sentence X reports", () => {
    const body = "Turnout reached 71 percent, the Central Electoral Board of Moldova announced on Tuesday.";
    expect(chainOf(body)[0]).toBe("Central Electoral Board of Moldova");
    expect(chainOf("The Central Electoral Board of Moldova announced on Tuesday a new count.")).toEqual([OUTLET]);
  });

  it("'the region said' is the region the article named speaking before", () => {
    const body =
      "Talks have broken off between the Region of Kisumu and the union of bus drivers. " +
      "The Region of Kisumu said on Monday that a strike would begin. " +
      "Buses in Kisumu Region stopped at midnight. " +
      "The region said no further talks were planned.";
    expect(chainOf(body, 3)[0]).toBe(chainOf(body, 1)[0]);
    expect(chainOf(body, 3)[0]).not.toBe(OUTLET);
  });

  it("'a military spokesman said' is an unnamed source when no such force is named", () => {
    const body = "Twelve rebels were killed in the clash near Goma, a military spokesman said on Friday.";
    expect(chainOf(body)).toEqual(["Military spokesman", OUTLET]);
    const named = "The Kenya Police Service deployed officers in Kisumu. Two protesters were injured, a police spokesman said.";
    expect(chainOf(named, 1)).toEqual(["Kenya Police Service", OUTLET]);
  });

  it("a paragraph leaving its quotation open is the speaker's who closes it in the next paragraph", () => {
    const body =
      "The regulator fined Meridian Bank on Monday.\n\n" +
      '"Despite clear warnings, Meridian Bank failed to keep adequate controls for four years.\n\n' +
      '"The Prudential Authority of Zambia found serious weaknesses," the Prudential Authority of Zambia said in a statement.';
    expect(chainOf(body, 1)).toEqual(["Prudential Authority of Zambia", OUTLET]);
    // A paragraph whose quotation closes is not carried over.
    const closed = body.replace("four years.", 'four years."');
    expect(chainOf(closed, 1)).toEqual([OUTLET]);
  });

  it("'the <body>'s statement said' cites the statement given in a press release", () => {
    const body =
      "New tariffs will apply from May, the Ghana Revenue Authority said in a press release on Tuesday.\n\n" +
      "Traders protested in Accra.\n\n" +
      "The tariffs cover rice, sugar and cement, the authority's statement said.";
    expect(chainOf(body, 2)).toEqual(["Ghana Revenue Authority", OUTLET]);
  });

  it("'It said' after a sentence the outlet narrates is that sentence's subject, not the last speaker", () => {
    const body =
      "The Tanzania Ports Authority said the terminal would stay shut. " +
      "Kilimo Holdings has come under pressure from farmers over the delays. " +
      "It said it would compensate growers.";
    expect(chainOf(body, 2)).toEqual(["Kilimo Holdings", OUTLET]);
    // Straight after the speaker, "it" goes on in the speaker's voice.
    const straight = "The Tanzania Ports Authority said the terminal would stay shut. It said ships would wait offshore.";
    expect(chainOf(straight, 1)).toEqual(["Tanzania Ports Authority", OUTLET]);
  });

  it("'…,\" he added' after a speaker described by a place is the speaker, not the place", () => {
    const body =
      "Fighting broke out near the border on Monday. " +
      '"We pushed the rebels back," a military spokesman in Kotli told AFP. ' +
      '"Three of our men were wounded," he added. He said a curfew was imposed.';
    expect(chainOf(body, 2)).toEqual(["Military spokesman", OUTLET]);
    expect(chainOf(body, 3)).toEqual(["Military spokesman", OUTLET]);
    // A person the narration names after the speaker is whom the writer's "he" may stand for.
    const narrated = 'Amara Diallo said the talks had failed. Moussa Keita arrived later. "The ruling is flawed," he added.';
    expect(chainOf(narrated, 2)).toEqual(["Moussa Keita", OUTLET]);
  });

  it("'…, according to a statement released on Sunday' with no author named is the subject body's", () => {
    const body = "Zambezi Airways will suspend flights to Lusaka for two weeks, according to a statement released late on Sunday.";
    expect(chainOf(body)).toEqual(["Zambezi Airways", OUTLET]);
    // No body as the subject: no one is named for the statement.
    expect(chainOf("Fares rose 4 percent, according to a statement released on Sunday.")).toEqual([OUTLET]);
    // A person is not taken for a statement's author.
    expect(chainOf("Minister Chanda Mwale will resign, according to a statement released on Sunday.")).toEqual([OUTLET]);
  });

  it("capitals spelling the initials of a body named before stand for it, brackets or not", () => {
    const body = "The Kenya Medical Association called a strike on Monday. The KMA today announced that clinics would close for two days.";
    expect(chainOf(body, 1)).toEqual(["Kenya Medical Association", OUTLET]);
    // Two bodies with the same initials: the capitals are neither's.
    const two =
      "The Kenya Medical Association met the Kisumu Marketing Agency on Monday. The KMA today announced that clinics would close.";
    expect(chainOf(two, 1)).toEqual([OUTLET]);
  });
});
