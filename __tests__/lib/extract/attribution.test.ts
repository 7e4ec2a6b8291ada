import { actorNamed, analyze } from "./helpers";

const chainOf = (body: string, sentence = 0) => {
  const a = analyze(body);
  return a.claims[sentence]!.sources.map((id) => a.actors.find((x) => x.id === id)!.name);
};

describe("findAttribution(doc)", () => {
  it("'According to X' attributes to X, then the outlet", () => {
    expect(chainOf("According to Reuters, the talks collapsed.")).toEqual(["Reuters", "The Test Outlet"]);
  });
  it("'X told Y': the medium told is no source of what X said", () => {
    expect(chainOf("A senior official told the BBC that sanctions would follow.")).toEqual(["Senior official", "The Test Outlet"]);
    expect(chainOf("The mayor, Ines Varga, told the city council that the bridge would shut.")).toEqual(["Ines Varga", "The Test Outlet"]);
  });
  it("'X told Y' chains the speaker, the medium and the outlet when the article cites Y as a source", () => {
    const body = "The BBC reported that the plan had stalled. A senior official told the BBC that sanctions would follow.";
    expect(chainOf(body, 1)).toEqual(["Senior official", "BBC", "The Test Outlet"]);
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
    expect(chainOf(body, 2)).toEqual(["Minoru Takada", "The Test Outlet"]);
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

  it("'X failed to report …', 'X did not say …': no report is made", () => {
    expect(chainOf("The Harbour Board failed to report the spill for two days.")).toEqual(["The Test Outlet"]);
    expect(chainOf("The Harbour Board did not say when the port would reopen.")).toEqual(["The Test Outlet"]);
    expect(chainOf("The Harbour Board declined to say when the port would reopen.")).toEqual(["The Test Outlet"]);
  });
  it("a name opening the clause right before the verb is the speaker, not the place before it ('in Lima, Peru, the X said')", () => {
    expect(chainOf("In a speech in Lima, Peru, the Harbour Board said the port would close.")).toEqual(["Harbour Board", "The Test Outlet"]);
    // an apposition that closes before the verb still describes the first name
    expect(chainOf("Lucia Ferrante, the mayor of Bari, said the old pier had collapsed.")).toEqual(["Lucia Ferrante", "The Test Outlet"]);
  });

  it("a speaker named by a role is the actor last named with that role ('an AFP photographer' … 'the photographer said')", () => {
    const body = "Police fired tear gas, a Reuters photographer said. One man was hurt, the photographer said.";
    expect(chainOf(body, 1)).toEqual(["Reuters", "The Test Outlet"]);
  });
  it("'the watchdog said' is the institution last named, when it has spoken; no one's when it has not", () => {
    const spoke = "Port traffic fell, the Harbour Board said. The watchdog said it was the largest fall in a decade.";
    expect(chainOf(spoke, 1)).toEqual(["Harbour Board", "The Test Outlet"]);
    const silent = "The Harbour Board was fined. The watchdog said it was the largest fine it had imposed.";
    expect(chainOf(silent, 1)).toEqual(["The Test Outlet"]);
  });
  it("'Y's largest union says' is the union the article names, not Y", () => {
    const body = "KAMPALA — Uganda's largest teachers' union says its members will strike. The union called the strike in May.";
    expect(chainOf(body, 0)).toEqual(["teachers union", "The Test Outlet"]);
    // a possessor with no such actor in the article keeps the sentence
    expect(chainOf("Uganda's largest employer says its workers will strike.")).toEqual(["Uganda", "The Test Outlet"]);
  });

  it("'X said in an interview with M': X speaks and M, only interviewing, is no source", () => {
    expect(chainOf("In an interview with the BBC, Foreign Minister Tomas Reyes said the border would stay shut.")).toEqual(["Tomas Reyes", "The Test Outlet"]);
    expect(chainOf("The border would stay shut, Tomas Reyes said in an interview with Reuters.")).toEqual(["Tomas Reyes", "The Test Outlet"]);
    // the interview no one is named speaking in is the medium's
    expect(chainOf("In an interview with CNN, the border was described as closed for good.")).toEqual(["CNN", "The Test Outlet"]);
  });
  it("'in what X describes as …' attributes the sentence to X", () => {
    const body = "Talks began in April in what the Harbour Board describes as its last attempt to avoid a strike.";
    expect(chainOf(body)).toEqual(["Harbour Board", "The Test Outlet"]);
  });
  it("'…, she noted' after a quoted speaker: the speaker again, not a person the reported words name", () => {
    const body =
      '"The talks went well," Foreign Minister Leila Haddad stated after meeting her counterpart in Rabat.\n\n' +
      "At the meeting, the king praised Spain for its new government under Prime Minister Sanchez, she noted.";
    expect(chainOf(body, 1)).toEqual(["Leila Haddad", "The Test Outlet"]);
    // with no one speaking before, the pronoun is the person named before it
    expect(chainOf("Marta Kovalenko, the mayor, arrived late. The bridge will shut, she said.", 1)).toEqual(["Marta Kovalenko", "The Test Outlet"]);
  });
  it("'\"…,\" the foreign minister remarked': none of the people named inside the quotation", () => {
    const body =
      '"The talks went well," Foreign Minister Leila Haddad said after meeting the king in Rabat.\n\n' +
      '"There is a plan that Prime Minister Pedro Sanchez will visit Morocco," the foreign minister remarked.';
    expect(chainOf(body, 1)).toEqual(["Leila Haddad", "The Test Outlet"]);
    // outside a quotation the description still points back to the minister named last
    const narrated = "Minister Pedro Sanchez arrived on Monday. The bridge will reopen, the minister said.";
    expect(chainOf(narrated, 1)).toEqual(["Pedro Sanchez", "The Test Outlet"]);
  });
  it("'according to a statement issued by X' makes X the owner 'according to the statement' cites later", () => {
    const body =
      "The Finance Ministry on Friday fined four banks.\n\n" +
      'According to a statement issued by the ministry, the banks "broke the rules on lending."\n\n' +
      '"We are fining them for reckless lending," Finance Minister Joana Costa said in the statement.\n\n' +
      "Two of the banks are based in Porto, according to the statement.";
    expect(chainOf(body, 2)).toEqual(["Joana Costa", "The Test Outlet"]);
    expect(chainOf(body, 3)).toEqual(["Finance Ministry", "The Test Outlet"]);
  });
  it("'an incident that X termed as “…”': the quoted words are X's", () => {
    const body = "The riots included one incident that Security Minister Halvard Moen termed as “calculated sabotage” when a depot burned.";
    expect(chainOf(body)).toEqual(["Halvard Moen", "The Test Outlet"]);
    expect(chainOf("Farmers blocked a highway in protests which Governor Ama Owusu described as \"economic blackmail\".")).toEqual(["Ama Owusu", "The Test Outlet"]);
    // a relative clause calling for something, or describing without quoted words, reports nothing
    expect(chainOf("The strike that Governor Ama Owusu called for ended on Friday.")).toEqual(["The Test Outlet"]);
  });
  it("a quotation takes the speaker of the short sentence after it ('\"…\" X said this on Monday.')", () => {
    const body = "The port reopened.\n\n\"We are ready to talk. The offer stands.\" Tomas Reyes said this on Monday.";
    expect(chainOf(body, 1)).toEqual(["Tomas Reyes", "The Test Outlet"]);
    expect(chainOf(body, 2)).toEqual(["Tomas Reyes", "The Test Outlet"]);
    // a sentence after the quotation that says more than who spoke does not claim it
    const more = "The port reopened.\n\n\"We are ready to talk.\" Tomas Reyes said on Monday that the offer was final.";
    expect(chainOf(more, 1)).toEqual(["The Test Outlet"]);
  });

  it("'Two X officials, cited by Reuters, said' chains the officials and Reuters", () => {
    expect(chainOf("Two Harbour Board officials, cited by Reuters, said the port would close.")).toEqual(["Harbour Board official", "Reuters", "The Test Outlet"]);
  });
  it("'according to the Philippine Coast Guard' is the guard's, the head of the run of names", () => {
    expect(chainOf("Two crew members were injured, according to the Philippine Coast Guard.")).toEqual(["Philippine Coast Guard", "The Test Outlet"]);
  });
  it("a reporting verb in its base form reports ('Aid agencies warn that …')", () => {
    expect(chainOf("Aid agencies warn that more than a million people need food.")).toEqual(["Aid agencies", "The Test Outlet"]);
  });
  it("'The X mission, led by Y, said' is the mission's; 'Y of the Z said' is Y's", () => {
    const led = "The African Union observer mission, led by former Malawian president Ines Varga, said the vote was calm.";
    expect(chainOf(led)).toEqual(["African Union", "The Test Outlet"]);
    const of = "His main rival, opposition leader Tomas Reyes of the United Harbour Alliance, said he would appeal.";
    expect(chainOf(of)).toEqual(["Tomas Reyes", "The Test Outlet"]);
  });
  it("'According to X, …' frames its own sentence only; a sentence with its own subject is never continued", () => {
    const according = "According to a tally compiled by the Harbour Board, turnout was 60 percent. A run-off would follow in May.";
    expect(chainOf(according, 1)).toEqual(["The Test Outlet"]);
    const subject = "Police said they had arrested 14 people. The Harbour Board urged all parties to stay calm.";
    expect(chainOf(subject, 1)).toEqual(["The Test Outlet"]);
    // a report framing what follows still does
    const framed = "Reuters reported that the talks stalled. Delegates left early.";
    expect(chainOf(framed, 1)).toEqual(["Reuters", "The Test Outlet"]);
  });

  it("a role that nothing before names is the next speaker it fits ('…, his organisation said. … the X Team said')", () => {
    const body =
      "A well-known campaigner was detained by police, his organisation said on Monday.\n\nShe was held overnight, the Harbour Workers Team said in a statement.";
    expect(chainOf(body, 0)).toEqual(["Harbour Workers Team", "The Test Outlet"]);
    // a person speaking next is not what "his organisation" names
    const person = "A well-known campaigner was detained, his organisation said.\n\nShe was held overnight, Tomas Reyes said.";
    expect(chainOf(person, 0)).toEqual(["The Test Outlet"]);
  });

  it("a quotation whose own speaker is named but not read does not go on in the last speaker's voice", () => {
    // (a given syllable of five letters is not read as a name's: "Siu-kwong")
    const body = 'Tomas Reyes said the port would close.\n\n"It was the rioters who caused this," Chan Siu-kwong told reporters. "We had no choice."';
    expect(chainOf(body, 1)).toEqual(["The Test Outlet"]);
    expect(chainOf(body, 2)).toEqual(["The Test Outlet"]);
    // nor does the next paragraph's quotation, which goes on in the unread speaker's voice
    const next = 'Tomas Reyes said the port would close.\n\n"It was the rioters," Chan Siu-kwong told reporters.\n\n"We had no choice."';
    expect(chainOf(next, 2)).toEqual(["The Test Outlet"]);
    // once the speaker is read ("Ho Wai-man"), the quotation and the next are his
    const read = 'Tomas Reyes said the port would close.\n\n"It was the rioters who caused this," Ho Wai-man told reporters. "We had no choice."';
    expect(chainOf(read, 1)).toEqual(["Ho Wai-man", "The Test Outlet"]);
    // a quotation opening a paragraph with no speaker of its own still does
    const on = 'Tomas Reyes said the port would close.\n\n"It was the rioters who caused this."';
    expect(chainOf(on, 1)).toEqual(["Tomas Reyes", "The Test Outlet"]);
  });

  it("a description before a name set off by commas introduces that speaker ('The UN envoy for Mali, Ana Ruiz, said')", () => {
    expect(chainOf("The UN humanitarian coordinator for Mali, Ana Ruiz, said the strikes killed 12 people.")).toEqual(["Ana Ruiz", "The Test Outlet"]);
    // a name first, its description after, stays the name's
    expect(chainOf("Ana Ruiz, the mayor of Bamako, said the strikes killed 12 people.")).toEqual(["Ana Ruiz", "The Test Outlet"]);
  });
  it("joint speakers: the first named heads the chain, not the last ('Kenya and Ethiopia said in a joint statement')", () => {
    expect(chainOf("Kenya and Ethiopia said in a joint statement that the border would reopen.")).toEqual(["Kenya", "The Test Outlet"]);
  });
  it("a lower-case description before a speaker's name keeps the sentence theirs ('Shipping giant Maersk said')", () => {
    expect(chainOf("Shipping giant Maersk said the route would reopen.")).toEqual(["Maersk", "The Test Outlet"]);
  });

  it("a sentence about a person ('He also received …') does not continue an institution's report", () => {
    const body = "The court said the pilot would be fined. He also received a two-year ban.";
    expect(chainOf(body, 1)).toEqual(["The Test Outlet"]);
    // a person's report goes on in "he …" as before
    const person = "Tomas Reyes said the pilot would be fined. He would not be named, Reyes said.";
    expect(chainOf(person, 1)).toEqual(["Tomas Reyes", "The Test Outlet"]);
  });
  it("names joined by 'and' are one subject: the first named speaks, and '… and X,' opens no clause", () => {
    expect(chainOf("Retail chain Zentrix.com and Walmart announced on Monday that they would merge.")).toEqual(["Zentrix.com", "The Test Outlet"]);
    expect(chainOf("In posts on Facebook and Twitter, the union said its members would strike.")).toEqual(["union", "The Test Outlet"]);
  });

  it("a verb of saying inside the quotation is the quoted words; the frame outside names the speaker", () => {
    const body = "Hana Tesfaye met Omar Haddad on Friday. “The Jordanian minister reiterated his support,” Tesfaye said.";
    expect(chainOf(body, 1)).toEqual(["Hana Tesfaye", "The Test Outlet"]);
  });
});
