/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { ArticleText, TEXT_PAGE } from "@/components/article/ArticleText";
import { generateAnalysis } from "@/tools/synthetic";
import { linked, nothingLinked } from "@/lib/selection";
import type { Selection } from "@/lib/selection/types";
import { smallAnalysis } from "../fixtures/small-analysis";

const analysis = smallAnalysis();
const allClaims = new Set(analysis.claims.map((c) => c.id));

function renderText(selection: Selection = null, onSelect = jest.fn()) {
  return {
    onSelect,
    ...render(
      <ArticleText
        analysis={analysis}
        selection={selection}
        linked={selection ? linked(analysis, selection) : nothingLinked}
        visibleClaims={allClaims}
        filtering={false}
        onSelect={onSelect}
      />,
    ),
  };
}

beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

describe("ArticleText", () => {
  it("<ArticleText> renders every sentence of the article", () => {
    const { getByTestId } = renderText();
    const text = getByTestId("article-text").textContent ?? "";
    for (const s of analysis.article.text.split(/\n\n| (?=[A-Z])/)) expect(text).toContain(s.trim().split(" ")[0]);
    expect(text).toContain("France and Germany will meet in Paris on 6 January.");
    expect(text).toContain("The plan is a reckless gamble.");
  });

  it("<ArticleText> renders markup in the article as text, never as HTML", () => {
    const hostile = { ...analysis, article: { ...analysis.article, text: analysis.article.text.replace("France", "<img>") } };
    const { container } = render(
      <ArticleText analysis={hostile} selection={null} linked={nothingLinked} visibleClaims={allClaims} filtering={false} onSelect={() => {}} />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain("<img>");
  });

  it("<ArticleText> underlines actor mentions in the actor's colour; clicking one selects the actor", () => {
    const { onSelect, container } = renderText();
    const mentions = container.querySelectorAll<HTMLButtonElement>("button.mention[data-actor-id='germany']");
    expect(mentions).toHaveLength(2);
    expect(mentions[0]!.style.getPropertyValue("--mention-light")).toMatch(/^#/);
    fireEvent.click(mentions[0]!);
    expect(onSelect).toHaveBeenCalledWith({ kind: "actor", id: "germany" });
  });

  it("<ArticleText> marks time expressions", () => {
    const { container } = renderText();
    const timex = container.querySelector(".timex");
    expect(timex?.textContent).toBe("on 6 January");
    expect(timex?.getAttribute("title")).toContain("2026-01-06");
  });

  it("<ArticleText> shows each claim's sources and the evaluative mark in the gutter, naming its cue words and whose framing they are", () => {
    const { container } = renderText();
    expect(screen.getByRole("button", { name: /^Claim by Bloomberg ?, via Daily$/ })).toBeInTheDocument();
    const evaluative = screen.getByRole("button", { name: /^Claim by Daily evaluative/ });
    const badge = evaluative.querySelector("[data-testid='evaluative-badge']");
    expect(badge).toHaveTextContent("evaluative “reckless” Daily’s own framing");
    // the cue word is marked where it stands in the text
    expect([...container.querySelectorAll("[data-claim-id='c3'] .cue")].map((c) => c.textContent)).toEqual(["reckless"]);
  });

  it("<ArticleText selection={event} scrollPage> highlights the event's evidence and scrolls to it", () => {
    const selection = { kind: "event", id: "troops" } as const;
    const { container } = render(
      <ArticleText analysis={analysis} selection={selection} linked={linked(analysis, selection)} visibleClaims={allClaims} filtering={false} onSelect={() => {}} scrollPage />,
    );
    const marks = [...container.querySelectorAll("mark.evidence")].map((m) => m.textContent).join("");
    expect(marks).toBe("Germany could send troops");
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(container.querySelector("[data-claim-id='c2']")).toHaveClass("row-linked");
  });

  it("<ArticleText> a loaded word in a sentence cited to Bloomberg is the outlet's: its badge stands apart from Bloomberg's button, headed by the outlet", () => {
    // "According to Bloomberg, Germany could send troops …": "could" stands in for a loaded word the outlet chose
    const framed = {
      ...analysis,
      claims: analysis.claims.map((c) => (c.id === "c2" ? { ...c, evaluative: true, cues: ["could"] } : c)),
    };
    const { container } = render(
      <ArticleText analysis={framed} selection={null} linked={nothingLinked} visibleClaims={allClaims} filtering={false} onSelect={jest.fn()} />,
    );
    const row = container.querySelector("[data-claim-id='c2']")!;
    const button = within(row as HTMLElement).getByRole("button", { name: /^Claim by Bloomberg/ });
    expect(button.querySelector("[data-testid='evaluative-badge']")).toBeNull();
    expect(button).not.toHaveTextContent("evaluative");
    const apart = row.querySelector("[data-testid='evaluative-framing']")!;
    expect(apart.firstElementChild).toHaveTextContent(/^Daily$/);
    expect(apart.querySelector("[data-testid='evaluative-badge']")).toHaveTextContent("evaluative “could” its own wording, not Bloomberg’s");
    // the cue word is marked in the text, as text (no markup from the article)
    expect([...row.querySelectorAll(".cue")].map((c) => c.textContent)).toEqual(["could"]);
  });

  it("<ArticleText> gutter button selects the claim", () => {
    const { onSelect } = renderText();
    fireEvent.click(screen.getByRole("button", { name: /^Claim by Daily evaluative/ }));
    expect(onSelect).toHaveBeenCalledWith({ kind: "claim", id: "c3" });
  });

  it("<ArticleText filtering> dims the claims outside the filters", () => {
    const { container } = render(
      <ArticleText analysis={analysis} selection={null} linked={nothingLinked} visibleClaims={new Set(["c1"])} filtering onSelect={() => {}} />,
    );
    expect(container.querySelector("[data-claim-id='c3']")).toHaveClass("opacity-45");
    expect(container.querySelector("[data-claim-id='c1']")).not.toHaveClass("opacity-45");
  });
});

describe("ArticleText on a long article", () => {
  const long = generateAnalysis({ events: 20, actors: 10, relations: 600, seed: 1 });
  const longClaims = new Set(long.claims.map((c) => c.id));
  const pager = () => within(screen.getByTestId("text-pager"));
  const rowsIn = (el: Element) => el.querySelectorAll("[data-testid='article-text'] .isolate").length;

  function renderLong(selection: Selection = null, filtering = false) {
    return render(
      <ArticleText
        analysis={long}
        selection={selection}
        linked={selection ? linked(long, selection) : nothingLinked}
        visibleClaims={filtering ? new Set([long.claims[0]!.id]) : longClaims}
        filtering={filtering}
        onSelect={() => {}}
        scrollPage
      />,
    );
  }

  it(`<ArticleText> renders the first ${TEXT_PAGE} rows and says how many there are`, () => {
    const { container } = renderLong();
    expect(rowsIn(container)).toBe(TEXT_PAGE);
    expect(pager().getByRole("status")).toHaveTextContent(`Showing ${TEXT_PAGE} of 600 passages`);
    expect(container.querySelector("[data-pinned]")).toBeNull();
  });

  it("<ArticleText> 'show more' adds rows and 'show all' renders every row, then focuses the count", () => {
    const { container } = renderLong();
    fireEvent.click(pager().getByRole("button", { name: `Show ${TEXT_PAGE} more passages` }));
    expect(rowsIn(container)).toBe(2 * TEXT_PAGE);
    expect(pager().getByRole("status")).toHaveTextContent(`Showing ${2 * TEXT_PAGE} of 600 passages`);
    expect(pager().getByRole("button", { name: "Show 100 more passages" })).toBeInTheDocument();
    fireEvent.click(pager().getByRole("button", { name: "Show all 600 passages" }));
    expect(rowsIn(container)).toBe(600);
    expect(pager().getByRole("status")).toHaveTextContent("All 600 passages shown");
    expect(pager().queryByRole("button", { name: /^Show / })).toBeNull();
    expect(pager().getByRole("status")).toHaveFocus();
    expect(container.textContent).toContain(long.article.text.slice(long.claims.at(-1)!.evidence.start, long.claims.at(-1)!.evidence.end));
  });

  it("<ArticleText selection={relation beyond the rows}> shows, highlights and reveals its evidence after them", () => {
    const relation = long.relations.at(-1)!;
    const scroll = Element.prototype.scrollIntoView as jest.Mock;
    scroll.mockClear();
    const { container } = renderLong({ kind: "relation", id: relation.id });
    const pinned = container.querySelector("[data-pinned]")!;
    expect(pinned).not.toBeNull();
    expect(pinned).toHaveTextContent("The selection, further in the article:");
    const { start, end } = relation.evidence[0]!;
    expect([...pinned.querySelectorAll("mark.evidence")].map((m) => m.textContent).join("")).toBe(long.article.text.slice(start, end));
    expect(rowsIn(container)).toBe(TEXT_PAGE + 1);
    expect(pager().getByRole("status")).toHaveTextContent(`Showing ${TEXT_PAGE + 1} of 600 passages`);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(pinned.contains(scroll.mock.contexts[0] as Node)).toBe(true);
  });

  it("<ArticleText selection={claim beyond the rows}> pins the claim's row, selected and dimmable", () => {
    const claim = long.claims.at(-1)!;
    const { container } = renderLong({ kind: "claim", id: claim.id }, true);
    const row = container.querySelector(`[data-pinned] [data-claim-id='${claim.id}']`);
    expect(row).toHaveAttribute("data-selected", "true");
    expect(row).toHaveClass("opacity-45");
    expect(row!.querySelector("button[aria-pressed='true']")).not.toBeNull();
  });

  it("<ArticleText> a pinned row joins the text when 'show all' reaches it", () => {
    const claim = long.claims.at(-1)!;
    const { container } = renderLong({ kind: "claim", id: claim.id });
    fireEvent.click(pager().getByRole("button", { name: "Show all 600 passages" }));
    expect(container.querySelector("[data-pinned]")).toBeNull();
    expect(container.querySelectorAll(`[data-claim-id='${claim.id}']`)).toHaveLength(1);
  });
});
