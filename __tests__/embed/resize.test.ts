/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";

const SCRIPT = readFileSync(path.join(__dirname, "..", "..", "public", "embed", "resize.js"), "utf8");
const EMBED_ORIGIN = "https://newsline.example";

function setup() {
  document.body.replaceChildren();
  const frame = document.createElement("iframe");
  frame.setAttribute("data-newsline-embed", "");
  frame.src = `${EMBED_ORIGIN}/embed/a/timeline`;
  const other = document.createElement("iframe");
  other.src = `${EMBED_ORIGIN}/embed/b/graph`;
  other.setAttribute("data-newsline-embed", "");
  document.body.append(frame, other);
  delete (window as unknown as Record<string, unknown>).__newslineResize;
  // The host page includes the script with a <script> tag; here it runs in the test's window.
  new Function(SCRIPT).call(window);
  return { frame, other };
}

function send(data: unknown, source: Window | null, origin = EMBED_ORIGIN) {
  window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
}

describe("public/embed/resize.js", () => {
  it("sizes the iframe whose window sent the height", () => {
    const { frame, other } = setup();
    send({ type: "newsline:height", height: 612.4 }, frame.contentWindow);
    expect(frame.style.height).toBe("612px");
    expect(other.style.height).toBe("");
  });

  it("clamps the height to 100–5000 px", () => {
    const { frame } = setup();
    send({ type: "newsline:height", height: 10 }, frame.contentWindow);
    expect(frame.style.height).toBe("100px");
    send({ type: "newsline:height", height: 1e9 }, frame.contentWindow);
    expect(frame.style.height).toBe("5000px");
  });

  it("ignores messages from another window, even with the embed's origin", () => {
    const { frame } = setup();
    send({ type: "newsline:height", height: 700 }, window);
    send({ type: "newsline:height", height: 700 }, null);
    expect(frame.style.height).toBe("");
  });

  it("ignores messages from the iframe's window with another origin", () => {
    const { frame } = setup();
    send({ type: "newsline:height", height: 700 }, frame.contentWindow, "https://evil.example");
    expect(frame.style.height).toBe("");
  });

  it.each([
    ["a string", "700"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["null", null],
    ["an object", { valueOf: (): number => 700 }],
  ])("ignores a height that is %s", (_, height) => {
    const { frame } = setup();
    send({ type: "newsline:height", height }, frame.contentWindow);
    expect(frame.style.height).toBe("");
  });

  it("ignores other message types and non-object data", () => {
    const { frame } = setup();
    send({ type: "other", height: 700 }, frame.contentWindow);
    send("newsline:height", frame.contentWindow);
    send(null, frame.contentWindow);
    expect(frame.style.height).toBe("");
  });

  it("listens once even when included twice", () => {
    setup();
    const spy = jest.spyOn(window, "addEventListener");
    new Function(SCRIPT).call(window);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
