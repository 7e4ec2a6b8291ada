import { publicOrigin, socialMetadata } from "@/lib/publish/social";

describe("socialMetadata(id, title, description, origin)", () => {
  it("points Open Graph and Twitter cards at the timeline PNG with the article title", () => {
    const m = socialMetadata("a-1", "Talks <resume>", "dek", "https://n.example");
    expect(m.openGraph).toEqual({
      type: "article",
      title: "Talks <resume>",
      description: "dek",
      images: [{ url: "https://n.example/api/articles/a-1/timeline.png?width=1200", width: 1200, alt: "Timeline of events in “Talks <resume>”" }],
    });
    expect(m.twitter.card).toBe("summary_large_image");
    expect(m.twitter.images[0]!.url).toBe("https://n.example/api/articles/a-1/timeline.png?width=1200");
  });
});

describe("publicOrigin(env, host, proto)", () => {
  it("prefers NEWSLINE_PUBLIC_URL, else the request host", () => {
    expect(publicOrigin("https://news.example/", "x", null)).toBe("https://news.example");
    expect(publicOrigin(undefined, "127.0.0.1:3000", null)).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(undefined, "news.example", "https")).toBe("https://news.example");
  });
  it("ignores forged hosts and schemes", () => {
    expect(publicOrigin("javascript:alert(1)", '"><script>', "https")).toBe("http://localhost:3000");
    expect(publicOrigin(undefined, "evil.example/path", null)).toBe("http://localhost:3000");
  });
});
