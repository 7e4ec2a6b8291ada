/**
 * What every embed script shares: reading the server's data block, telling the host page the
 * content height, the tooltip (textContent only) and the footer link that follows the view.
 * Framework-free and small: these run in pages that ship no React.
 */
import { encodeQueryValue } from "@/lib/view";

export const HEIGHT_MESSAGE = "newsline:height";

export function readPayload<T>(doc: Document = document): T {
  return JSON.parse(doc.getElementById("nl-data")?.textContent ?? "null") as T;
}

/** Posts the content height to the parent now and whenever it changes. */
export function reportHeight(win: Window = window): void {
  const doc = win.document;
  let last = -1;
  const post = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last || win.parent === win) return;
    last = height;
    // The height is not secret; any host may learn it. Hosts check the sender (see resize.js).
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  post();
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(post).observe(doc.body);
  win.addEventListener("load", post);
}

export type TooltipLines = { title: string; lines: (string | null)[] };

export class Tooltip {
  constructor(
    private readonly el: HTMLElement,
    private readonly host: HTMLElement,
  ) {}

  show(content: TooltipLines, anchor: Element): void {
    const doc = this.el.ownerDocument;
    const title = doc.createElement("strong");
    title.textContent = content.title;
    const parts: Node[] = [title];
    content.lines.forEach((line, i) => {
      if (!line) return;
      const p = doc.createElement("div");
      if (i > 0) p.className = "nl-muted";
      p.textContent = line;
      parts.push(p);
    });
    this.el.replaceChildren(...parts);
    this.el.hidden = false;
    const box = anchor.getBoundingClientRect();
    const frame = this.host.getBoundingClientRect();
    const width = this.el.offsetWidth;
    const left = Math.max(4, Math.min(box.left - frame.left, frame.width - width - 4));
    const below = box.bottom - frame.top + 6;
    const top = below + this.el.offsetHeight > frame.height && box.top - frame.top > this.el.offsetHeight + 6 ? box.top - frame.top - this.el.offsetHeight - 6 : below;
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    this.el.hidden = true;
  }
}

/** The footer's "Open in Newsline" link, rewritten in canonical parameter order as the view changes. */
export class FooterLink {
  private readonly params = new Map<string, string>();

  constructor(
    private readonly el: HTMLAnchorElement | null,
    private readonly base: string,
    query: string,
    private readonly order: readonly string[],
  ) {
    for (const [k, v] of new URLSearchParams(query)) this.params.set(k, v);
  }

  set(patch: Record<string, string | null>): void {
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === "") this.params.delete(k);
      else this.params.set(k, v);
    }
    const query = this.order
      .filter((k) => this.params.has(k))
      .map((k) => `${k}=${encodeQueryValue(this.params.get(k)!)}`)
      .join("&");
    this.el?.setAttribute("href", query ? `${this.base}?${query}` : this.base);
  }
}

/** Wires the +, − and "Fit all" buttons of the controls bar. */
export function wireControls(doc: Document, actions: Record<string, () => void>): void {
  doc.querySelector(".nl-controls")?.addEventListener("click", (e) => {
    const action = (e.target as Element | null)?.closest("button")?.getAttribute("data-action");
    if (action) actions[action]?.();
  });
}
