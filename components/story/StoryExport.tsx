import { storyEmbedPath, storyIframeSnippet, storyImagePath } from "@/lib/share";

type Props = { id: string; title: string; query: string; origin: string };

/**
 * The story's Embed and export links, at the view shown (selection and `articles=` subset): the
 * three embeds, the timeline and graph as SVG and PNG, and the iframe snippet to copy. Links only,
 * rendered on the server; the snippet is text in a read-only field.
 */
export function StoryExport({ id, title, query, origin }: Props) {
  const embeds = (["timeline", "graph", "table"] as const).map((kind) => ({ kind, href: storyEmbedPath(id, query, { kind, theme: "light" }) }));
  const images = (["timeline", "graph"] as const).flatMap((kind) =>
    (["svg", "png"] as const).map((format) => ({ label: `${kind === "timeline" ? "Timeline" : "Graph"} ${format.toUpperCase()}`, href: storyImagePath(id, query, kind, format, { width: 1200, theme: "light" }) })),
  );
  const snippet = storyIframeSnippet(origin, id, query, { kind: "timeline", theme: "light" }, title);
  return (
    <details className="text-sm" data-story-export>
      <summary className="cursor-pointer text-accent">Embed and export</summary>
      <div className="mt-2 flex flex-col gap-2 rounded border border-border p-2">
        <p className="flex flex-wrap gap-3">
          <span className="text-fg-muted">Embeds:</span>
          {embeds.map((e) => (
            <a key={e.kind} href={e.href} className="text-accent underline" data-story-embed={e.kind} target="_blank" rel="noopener">
              {e.kind}
            </a>
          ))}
        </p>
        <p className="flex flex-wrap gap-3">
          <span className="text-fg-muted">Images:</span>
          {images.map((i) => (
            <a key={i.href} href={i.href} className="text-accent underline" data-story-image={i.label} target="_blank" rel="noopener">
              {i.label}
            </a>
          ))}
        </p>
        <label className="flex flex-col gap-1">
          <span className="text-fg-muted">Embed code (timeline; this view)</span>
          <textarea readOnly rows={3} value={snippet} className="w-full rounded border border-border bg-bg p-1 font-mono text-xs" />
        </label>
      </div>
    </details>
  );
}
