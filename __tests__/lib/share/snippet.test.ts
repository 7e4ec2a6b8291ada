import { embedPath, iframeSnippet, imagePath } from "@/lib/share";

describe("embedPath(id, query, choice)", () => {
  it("appends theme and controls after the canonical view query, omitting defaults", () => {
    expect(embedPath("a-1", "view=timeline&select=event:e1", { kind: "timeline", theme: "light", controls: true })).toBe(
      "/embed/a-1/timeline?view=timeline&select=event:e1",
    );
    expect(embedPath("a-1", "", { kind: "graph", theme: "dark", controls: false })).toBe("/embed/a-1/graph?theme=dark&controls=0");
    expect(embedPath("a-1", "", { kind: "table", theme: "light", controls: false })).toBe("/embed/a-1/table");
  });
});

describe("imagePath(id, query, kind, format, options)", () => {
  it("names the width and a dark theme", () => {
    expect(imagePath("a-1", "focus=x", "graph", "png", { width: 1200, theme: "dark" })).toBe("/api/articles/a-1/graph.png?focus=x&width=1200&theme=dark");
    expect(imagePath("a-1", "", "timeline", "svg", { width: 800, theme: "light" })).toBe("/api/articles/a-1/timeline.svg?width=800");
  });
});

describe("iframeSnippet(origin, id, query, choice, title)", () => {
  it("writes a titled, lazy, full-width iframe and the resize script, escaping the title", () => {
    const html = iframeSnippet("https://n.example", "a-1", "q=a+%26+b", { kind: "timeline", theme: "light", controls: true }, 'War & "peace" <now>');
    expect(html).toBe(
      '<iframe src="https://n.example/embed/a-1/timeline?q=a+%26+b" title="Timeline: War &amp; &quot;peace&quot; &lt;now&gt; (Newsline)" loading="lazy" width="100%" height="480" style="border:0;width:100%" data-newsline-embed></iframe>\n' +
        '<script src="https://n.example/embed/resize.js" async></script>',
    );
  });
});
