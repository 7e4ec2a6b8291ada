/** @jest-environment jsdom */
import { FooterLink, Tooltip } from "@/components/embed/scripts/frame";
import { ViewParam } from "@/lib/view/state";

describe("FooterLink", () => {
  it("rewrites the dashboard link in canonical parameter order", () => {
    const a = document.createElement("a");
    a.href = "/articles/a?lanes=certainty";
    document.body.replaceChildren(a);
    const link = new FooterLink(a, "/articles/a", "view=timeline&lanes=certainty", ViewParam);
    link.set({ to: "2026-01-09", select: "event:e 1", from: "2026-01-01" });
    expect(a.getAttribute("href")).toBe("/articles/a?view=timeline&select=event:e+1&from=2026-01-01&to=2026-01-09&lanes=certainty");
    link.set({ select: null, from: null, to: null, view: null, lanes: null });
    expect(a.getAttribute("href")).toBe("/articles/a");
  });
});

describe("Tooltip", () => {
  it("puts article text in as text, never as markup", () => {
    const host = document.createElement("div");
    const el = document.createElement("div");
    el.hidden = true;
    const anchor = document.createElement("span");
    host.append(el, anchor);
    document.body.replaceChildren(host);
    const tip = new Tooltip(el, host);
    tip.show({ title: "<img src=x onerror=alert(1)>", lines: ["meta", null, "<b>chain</b>"] }, anchor);
    expect(el.hidden).toBe(false);
    expect(el.querySelector("img, b")).toBeNull();
    expect(el.textContent).toBe("<img src=x onerror=alert(1)>meta<b>chain</b>");
    tip.hide();
    expect(el.hidden).toBe(true);
  });
});
