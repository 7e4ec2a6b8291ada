/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { ArticleText } from "@/components/article/ArticleText";
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

  it("<ArticleText> shows each claim's sources and the evaluative mark in the gutter", () => {
    renderText();
    expect(screen.getByRole("button", { name: /^Claim by Bloomberg ?, via Daily$/ })).toBeInTheDocument();
    const evaluative = screen.getByRole("button", { name: "Claim by Daily evaluative" });
    expect(evaluative).toHaveTextContent("evaluative");
    expect(evaluative.querySelector("[title]")?.getAttribute("title")).toBe("evaluative: reckless");
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

  it("<ArticleText> gutter button selects the claim", () => {
    const { onSelect } = renderText();
    fireEvent.click(screen.getByRole("button", { name: "Claim by Daily evaluative" }));
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
