import { analyze, speakersOf } from "./helpers";

/**
 * Session 30a (issues 14/17): source attribution, each rule on invented sentences; none uses a
 * word of the real articles.
 */

describe("attribution: who speaks (session 30a)", () => {
  it("a clause of place or occasion after a comma ('…, where X said …', '…, in which X said …') opens the speaker's clause", () => {
    const a = analyze(
      "The worst-hit district was Tharvel, where Health Minister Amara Khoso said the floods had cut off 12 villages. " +
        "A runoff is due on March 3, in which Ana Lobo said her party would not take part. " +
        "The regulator in Ontario, where Vantor Mining is based, said on Monday that the claims were serious.",
    );
    expect(speakersOf(a, "cut off 12 villages")).toEqual(["Amara Khoso"]);
    expect(speakersOf(a, "would not take part")).toEqual(["Ana Lobo"]);
    // A clause of place closed by a comma before the verb is no speaker's: the subject before it speaks.
    expect(speakersOf(a, "claims were serious")).not.toContain("Vantor Mining");
  });

  it("a quotation over several sentences is the speaker's named where it closes ('\"…. …,\" X told reporters')", () => {
    const a = analyze(
      "The regional council said 300 homes were flooded on Sunday.\n\n" +
        '"We lost 40 homes in one night. The river is still rising. Nobody was ready," Mayor Hanna Lindgren told reporters in Kiruna.\n\n' +
        "The Dalby Water Board said on Monday that the dams had held.\n\n" +
        '"I will appeal. I did nothing wrong," Tomas Berg told reporters.',
    );
    expect(speakersOf(a, "We lost 40 homes")).toEqual(["Hanna Lindgren"]);
    expect(speakersOf(a, "still rising")).toEqual(["Hanna Lindgren"]);
    expect(speakersOf(a, "I will appeal")).toEqual(["Tomas Berg"]);
  });

  it("a lower-case word before a capitalised title ('provincial Health Minister X') is part of the speaker's description", () => {
    const a = analyze(
      "Earlier, regional Transport Minister Rui Costeira said the coastal roads were shut. " +
        "The ferry sank near Orvane, where provincial Interior Secretary Dana Vulpe said 14 people were missing.",
    );
    expect(speakersOf(a, "coastal roads were shut")).toEqual(["Rui Costeira"]);
    expect(speakersOf(a, "14 people were missing")).toEqual(["Dana Vulpe"]);
  });

  it("an unnamed organ of a named body ('The appeals chamber of X …, it said') speaks as that body", () => {
    const a = analyze(
      "The Norwegian Football Federation opened an inquiry in May. " +
        "The appeals chamber of the Norwegian Football Federation also fined him 5,000 euros, it said in a statement. " +
        "BERGEN The disciplinary panel of world rowing body FISA's ethics committee suspended her for a year, it said on Tuesday.",
    );
    expect(speakersOf(a, "fined him 5,000 euros")).toEqual(["Norwegian Football Federation"]);
    expect(speakersOf(a, "suspended her for a year")).toEqual(["ethics committee"]);
    // A state's part ("the capital of Norway") is a place, not a body that speaks.
    const place = analyze("Norway held talks with Sweden on Monday. The capital of Norway was calm on Sunday, it said.");
    expect(speakersOf(place, "calm on Sunday")).toEqual([]);
  });
});

describe("unnamed sources who speak (session 30a)", () => {
  it("one unnamed person by what they are there ('one witness said', 'one rescue worker said') is a source", () => {
    const a = analyze(
      'Two buildings collapsed in Orvik on Monday. "The roof simply fell in," one witness said. ' +
        "Three bodies were found near the school, one rescue worker said.",
    );
    expect(speakersOf(a, "roof simply fell in")).toEqual(["Witness"]);
    expect(speakersOf(a, "Three bodies were found")).toEqual(["Rescue worker"]);
  });

  it("an unnamed bench or crew ('judges said', 'rescue workers who said') is a source", () => {
    const a = analyze(
      'Dahl was "guilty of fraud and of lying to the auditors," judges said in a unanimous ruling. ' +
        "Villagers cheered rescue workers who said more people were alive under the rubble.",
    );
    expect(speakersOf(a, "lying to the auditors")).toEqual(["Judges"]);
    expect(speakersOf(a, "more people were alive")).toEqual(["Rescue workers"]);
  });

  it("no one unnamed speaks where no verb of saying follows ('a witness box', 'judges ruled')", () => {
    const a = analyze("A witness box was built in the new court. Judges ruled on the appeal in May.");
    expect(a.actors.map((x) => x.name)).not.toContain("Witness");
    expect(a.actors.map((x) => x.name)).not.toContain("Judges");
  });
});

describe("the speaker after the verb and a pronoun's speech act (session 30a)", () => {
  it("an indefinite article after the name named after the verb opens an apposition ('said X a spokeswoman for Y')", () => {
    const a = analyze('The board is "reviewing every contract," said Anna Lindqvist a spokeswoman for the Dalby Water Board in an email.');
    expect(speakersOf(a, "reviewing every contract")).toEqual(["Anna Lindqvist"]);
  });

  it("a speech act opening on a pronoun ('She dismissed the allegations as …') goes on in the last speaker's voice", () => {
    const a = analyze(
      "Throughout the hearing, Anna Lindqvist insisted she was innocent. " +
        'She dismissed the allegations that she had taken bribes as "a cruel smear." ' +
        "She dismissed the coach in May.",
    );
    expect(speakersOf(a, "a cruel smear")).toEqual(["Anna Lindqvist"]);
    // No speech act without its frame ("dismissed the coach"): the outlet's narration.
    expect(speakersOf(a, "dismissed the coach")).toEqual([]);
  });
});
