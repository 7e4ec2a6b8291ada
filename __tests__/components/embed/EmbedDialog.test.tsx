/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { EmbedDialog } from "@/components/embed/EmbedDialog";

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
});

describe("<EmbedDialog articleId query />", () => {
  it("writes the iframe code for the current view, with a live preview and image downloads", () => {
    render(<EmbedDialog articleId="a-1" query="view=timeline&select=event:e1" articleTitle="Talks & more" />);
    fireEvent.click(screen.getByRole("button", { name: "Embed" }));
    const code = screen.getByLabelText("Code to paste into your page") as HTMLTextAreaElement;
    expect(code.value).toContain(`<iframe src="http://localhost/embed/a-1/timeline?view=timeline&amp;select=event:e1" title="Timeline: Talks &amp; more (Newsline)" loading="lazy" width="100%"`);
    expect(code.value).toContain('<script src="http://localhost/embed/resize.js" async></script>');
    expect(screen.getByTitle("Preview of the embedded timeline").getAttribute("src")).toBe("/embed/a-1/timeline?view=timeline&select=event:e1");
    expect(screen.getByRole("link", { name: "Graph PNG" }).getAttribute("href")).toBe("/api/articles/a-1/graph.png?view=timeline&select=event:e1&width=1200");
  });

  it("follows the chosen chart, theme and controls", () => {
    render(<EmbedDialog articleId="a-1" query="" />);
    fireEvent.click(screen.getByRole("button", { name: "Embed" }));
    fireEvent.click(screen.getByLabelText("Actor graph"));
    fireEvent.change(screen.getByLabelText("Theme"), { target: { value: "dark" } });
    fireEvent.click(screen.getByLabelText("Zoom buttons"));
    const code = (screen.getByLabelText("Code to paste into your page") as HTMLTextAreaElement).value;
    expect(code).toContain('src="http://localhost/embed/a-1/graph?theme=dark&amp;controls=0"');
    expect(screen.getByRole("link", { name: "Timeline SVG" }).getAttribute("href")).toBe("/api/articles/a-1/timeline.svg?width=1200&theme=dark");
  });
});
