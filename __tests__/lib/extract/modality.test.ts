import { analyze } from "./helpers";

const certaintyOf = (body: string, date = "2025-03-10") => analyze(body, date).events.map((e) => [e.label, e.certainty]);

describe("certainty of events", () => {
  it("a past event stated plainly is a fact", () => {
    expect(certaintyOf("Ministers held talks in Oslo on Monday.")[0]![1]).toBe("fact");
  });
  it("'scheduled for' after an event makes it scheduled", () => {
    expect(certaintyOf("A summit in Lima scheduled for June 2 will follow.")[0]![1]).toBe("scheduled");
  });
  it("'likely to' makes it probable, 'could' possible, 'if' conditional", () => {
    const got = Object.fromEntries(certaintyOf("Leaders are likely to hold a press conference and could release a statement if the deal holds."));
    expect(Object.values(got)).toEqual(["probable", "conditional"]);
  });
  it("'unclear' makes the clause's events unclear", () => {
    expect(certaintyOf("It is unclear whether troops will be deployed.")[0]![1]).toBe("unclear");
    // an indirect question left open: "did not say how many …"
    expect(certaintyOf("The prosecutor did not say how many people were arrested.")[0]![1]).toBe("unclear");
    expect(certaintyOf("The prosecutor said how many people were arrested.")[0]![1]).toBe("fact");
  });
  it("a future-dated event stated plainly is scheduled", () => {
    expect(certaintyOf("The election takes place on April 20.", "2025-03-10")[0]![1]).toBe("scheduled");
  });
  it("an event named before 'will be held' is scheduled when dated, probable when not, even on the day of writing", () => {
    expect(certaintyOf("On March 10, a meeting of the regional council will be held in Accra.", "2025-03-10")[0]).toEqual(["Meeting of the regional council", "scheduled"]);
    expect(certaintyOf("A conference of donors will take place in Quito.")[0]![1]).toBe("probable");
    // the same words of a past day, and a plain statement of the day itself, stay facts
    expect(certaintyOf("On March 10, a meeting of the council was held in Accra.", "2025-03-10")[0]![1]).toBe("fact");
  });
});

describe("assessments and characterisations are held, not reported as fact", () => {
  const only = (body: string) => certaintyOf(body).map(([, c]) => c);
  it("'according to the paper's assessment' makes the events it frames probable", () => {
    expect(only("According to the paper's assessment, the strike is about a merger of the two rail firms.")).not.toContain("fact");
    expect(only("According to the paper's assessment, the strike is about a merger of the two rail firms.")).toContain("probable");
  });
  it("'X believes' and 'in X's view' make the event probable", () => {
    expect(only("The ministry believes the attack on the depot was planned.")).toEqual(["probable"]);
    expect(only("In Ortega's view, the election was stolen.")).toEqual(["probable"]);
  });
  it("'analysts say' keeps an event off the fact lane; 'likely' stays probable", () => {
    expect(only("Analysts say a rate cut is likely in the spring.")).toEqual(["probable"]);
  });
  it("a plain report stays a fact", () => {
    expect(only("The ministry said the attack on the depot killed two guards.")).toContain("fact");
  });
});

describe("demands, proposals and options under discussion are proposed, not agreed", () => {
  const only = (body: string) => certaintyOf(body).map(([, c]) => c);
  it("'X demands Y' and 'X's demands, including Y'", () => {
    expect(only("The union demands the withdrawal of the new rota.")).toEqual(["proposed"]);
    expect(only("The rebels' demands, including the withdrawal of the army, were ignored.")).toEqual(["proposed"]);
  });
  it("'a proposal to Y', 'X insists on Y'; the act of proposing itself happened", () => {
    expect(only("The firm's proposal to acquire its rival was welcomed.")).toEqual(["proposed"]);
    expect(only("The opposition insists on the withdrawal of the police.")).toEqual(["proposed"]);
    expect(certaintyOf("Norway proposed a ceasefire along the river.")).toEqual([["Proposed a ceasefire along the river", "fact"]]);
  });
  it("'Y is under discussion', 'being discussed', 'on the table'; an adjective 'potential' restates it", () => {
    expect(only("Among the options under discussion is a potential deployment of peacekeepers.")).toEqual(["proposed"]);
    expect(only("A new ceasefire is being discussed by the envoys.")).toEqual(["proposed"]);
    expect(only("A merger of the two carriers remains on the table.")).toEqual(["proposed"]);
  });
  it("a further hedge after the proposal still weakens it: 'proposed … could'", () => {
    expect(certaintyOf("The envoys proposed that peacekeepers could be deployed.").at(-1)![1]).toBe("possible");
  });

  it("a participle continuing an alleged clause is alleged with it ('allegedly used force …, arresting many')", () => {
    const alleged = analyze("Militiamen allegedly raided the camp on Sunday, killing four guards.").events;
    expect(alleged.find((e) => /killing/i.test(e.label))).toMatchObject({ certainty: "possible", alleged: true });
    const stated = analyze("Militiamen raided the camp on Sunday, killing four guards.").events;
    expect(stated.find((e) => /killing/i.test(e.label))?.certainty).toBe("fact");
  });
});
