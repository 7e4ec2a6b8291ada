"use client";

import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { type EmbedKind, type ImageKind, type EmbedTheme, embedPath, iframeSnippet, imagePath } from "@/lib/share";

type Props = {
  articleId: string;
  /** the canonical view query (serializeViewState), without "?" */
  query: string;
  /** used in the iframe's title; the id when absent */
  articleTitle?: string;
};

const KINDS: { value: EmbedKind; label: string }[] = [
  { value: "timeline", label: "Timeline" },
  { value: "graph", label: "Actor graph" },
  { value: "table", label: "Table (no script)" },
];

const IMAGE_WIDTH = 1200;
const HEIGHT_MESSAGE = "newsline:height";

/**
 * "Embed": the iframe code for the current view (title, lazy loading, full width, the resize
 * script), a live preview that resizes like a host page would, and the static image downloads.
 */
export function EmbedDialog({ articleId, query, articleTitle }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [kind, setKind] = useState<EmbedKind>("timeline");
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const [controls, setControls] = useState(true);
  const [copied, setCopied] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const ids = useId();

  usePreviewHeight(preview, open);

  const choice = { kind, theme, controls };
  // Only rendered once opened, in the browser: the snippet names this site's origin.
  const origin = open ? window.location.origin : "";
  const snippet = iframeSnippet(origin, articleId, query, choice, articleTitle);
  const src = embedPath(articleId, query, choice);
  const image = (k: ImageKind, f: ImageFormat) => imagePath(articleId, query, k, f, { width: IMAGE_WIDTH, theme });

  const show = () => {
    setOpen(true);
    setCopied(null);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("Code copied");
    } catch {
      setCopied("Could not copy: select the code and copy it by hand");
    }
  };

  return (
    <>
      <button type="button" onClick={show} className="rounded border border-border px-3 py-1 text-sm hover:bg-bg-soft">
        Embed
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby={`${ids}-title`}
        className="w-[min(960px,95vw)] rounded-lg border border-border bg-bg-raised p-0 text-fg backdrop:bg-black/50"
      >
        {open && (
          <div className="flex flex-col gap-3 p-4">
            <div className="flex items-start justify-between gap-4">
              <h2 id={`${ids}-title`} className="text-lg font-semibold">
                Embed this view
              </h2>
              <button type="button" onClick={close} className="rounded border border-border px-2 py-0.5 text-sm hover:bg-bg-soft" aria-label="Close">
                ×
              </button>
            </div>
            <EmbedOptions name={`${ids}-kind`} kind={kind} theme={theme} controls={controls} onKind={setKind} onTheme={setTheme} onControls={setControls} />
            <label htmlFor={`${ids}-code`} className="text-sm font-semibold">
              Code to paste into your page
            </label>
            <textarea
              id={`${ids}-code`}
              readOnly
              value={snippet}
              rows={4}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full rounded border border-border bg-bg p-2 font-mono text-xs"
            />
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <button type="button" onClick={copy} className="rounded bg-accent px-3 py-1 font-semibold text-accent-fg hover:opacity-90">
                Copy code
              </button>
              <span role="status" className="text-fg-muted">
                {copied}
              </span>
              <ImageLinks href={image} />
            </div>
            <p className="text-sm font-semibold">Preview</p>
            <iframe
              ref={preview}
              key={src}
              src={src}
              title={`Preview of the embedded ${kind}`}
              loading="lazy"
              width="100%"
              height={420}
              className="w-full rounded border border-border"
            />
          </div>
        )}
      </dialog>
    </>
  );
}

/** The preview applies the embed's height message with the same checks as public/embed/resize.js. */
function usePreviewHeight(preview: RefObject<HTMLIFrameElement | null>, open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const onMessage = (event: MessageEvent) => {
      const frame = preview.current;
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (!frame || event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
      if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== "number" || !Number.isFinite(data.height)) return;
      frame.style.height = `${Math.round(Math.min(5000, Math.max(100, data.height)))}px`;
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [preview, open]);
}

type OptionsProps = {
  /** the radio group's name */
  name: string;
  kind: EmbedKind;
  theme: EmbedTheme;
  controls: boolean;
  onKind(kind: EmbedKind): void;
  onTheme(theme: EmbedTheme): void;
  onControls(controls: boolean): void;
};

/** What to embed (timeline, graph or table), its theme and whether it has zoom buttons. */
function EmbedOptions({ name, kind, theme, controls, onKind, onTheme, onControls }: OptionsProps) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <legend className="sr-only">Embed options</legend>
      {KINDS.map((k) => (
        <label key={k.value} className="flex items-center gap-1">
          <input type="radio" name={name} value={k.value} checked={kind === k.value} onChange={() => onKind(k.value)} />
          {k.label}
        </label>
      ))}
      <label className="flex items-center gap-1">
        Theme
        <select value={theme} onChange={(e) => onTheme(e.target.value as EmbedTheme)} className="rounded border border-border bg-bg px-1">
          <option value="light">light</option>
          <option value="dark">dark</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={controls} disabled={kind === "table"} onChange={(e) => onControls(e.target.checked)} />
        Zoom buttons
      </label>
    </fieldset>
  );
}

type ImageFormat = "svg" | "png";

/** The static image downloads of the view. */
function ImageLinks({ href }: { href: (kind: ImageKind, format: ImageFormat) => string }) {
  return (
    <span className="ml-auto flex flex-wrap gap-3">
      <a href={href("timeline", "svg")} download className="text-accent hover:underline">
        Timeline SVG
      </a>
      <a href={href("timeline", "png")} download className="text-accent hover:underline">
        Timeline PNG
      </a>
      <a href={href("graph", "svg")} download className="text-accent hover:underline">
        Graph SVG
      </a>
      <a href={href("graph", "png")} download className="text-accent hover:underline">
        Graph PNG
      </a>
    </span>
  );
}
