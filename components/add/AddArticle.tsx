"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/common/useHydrated";
import { previewFile, previewLink, previewText, saveArticle, type Failure, type Outcome, type PreviewAnswer } from "./api";
import { Field, inputClass, Problem } from "./fields";
import { PreviewForm, type Checked } from "./PreviewForm";
import { TokenPrompt } from "./TokenPrompt";

type Mode = "paste" | "upload" | "link";
const MODES: { id: Mode; label: string }[] = [
  { id: "paste", label: "Paste text" },
  { id: "upload", label: "Upload a file" },
  { id: "link", label: "From a link" },
];

/**
 * Adding an article: paste it, upload a file (.md, .txt, a saved .html page) or give its link; the
 * server reads it and the reader checks what was read (title, date, text, counts) before saving.
 * What the reader typed stays in the form whatever goes wrong.
 */
export function AddArticle({ compact = false }: { compact?: boolean }) {
  const router = useRouter();
  // Until the form is hydrated its buttons would do nothing (or post the page): they wait for it.
  const ready = useHydrated();
  const [mode, setMode] = useState<Mode>("paste");
  const [paste, setPaste] = useState({ title: "", text: "", source: "", url: "", published: "" });
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Failure | null>(null);
  const [needsToken, setNeedsToken] = useState<(() => void) | null>(null);
  const [preview, setPreview] = useState<PreviewAnswer | null>(null);

  async function run<T>(work: () => Promise<Outcome<T>>, then: (answer: T) => void, retry: () => void) {
    setBusy(true);
    setProblem(null);
    const answer = await work();
    setBusy(false);
    if (answer.ok) return then(answer);
    if (answer.status === 401) setNeedsToken(() => retry);
    setProblem(answer);
  }

  function readIt() {
    const work =
      mode === "paste"
        ? () => previewText({ ...paste, via: "paste" })
        : mode === "link"
          ? () => previewLink(link.trim())
          : () => (file ? previewFile(file) : Promise.resolve<Failure>({ ok: false, status: 400, error: "Choose a file first.", field: "file" }));
    void run(work, (p) => setPreview(p), readIt);
  }

  function save(checked: Checked) {
    void run(
      () => saveArticle(checked),
      (saved) => router.push(saved.url),
      () => save(checked),
    );
  }

  const tokenPrompt = needsToken && (
    <TokenPrompt
      onDone={() => {
        const retry = needsToken;
        setNeedsToken(null);
        setProblem(null);
        retry();
      }}
    />
  );

  if (preview)
    return (
      <section aria-labelledby="add-heading" className="rounded-lg border border-border bg-bg-raised p-4">
        <h2 id="add-heading" className="mb-3 text-xl font-semibold">
          Check the article before saving
        </h2>
        <PreviewForm preview={preview} busy={busy} onSave={save} onBack={() => setPreview(null)} />
        {problem && <Problem problem={problem} />}
        {tokenPrompt}
      </section>
    );

  return (
    <section aria-labelledby="add-heading" data-ready={ready || undefined} className="rounded-lg border border-border bg-bg-raised p-4">
      <h2 id="add-heading" className="mb-1 text-xl font-semibold">
        Add an article
      </h2>
      <p className="mb-3 text-sm text-fg-muted">
        Paste it, upload it or give its link: Newsline reads it, shows you what it found, and saves it with a link you can share.
      </p>
      <ModeTabs
        mode={mode}
        disabled={!ready}
        onChange={(m) => {
          setMode(m);
          setProblem(null);
        }}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          readIt();
        }}
        className="grid gap-3"
      >
        {mode === "paste" && <PasteFields value={paste} onChange={setPaste} compact={compact} problem={problem} />}
        {mode === "upload" && (
          <Field label="File (.md with front matter, .txt, or a saved web page .html)" problem={problem?.field === "file" ? problem : null}>
            {(id) => (
              <input id={id} type="file" accept=".md,.markdown,.txt,.html,.htm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="text-sm" />
            )}
          </Field>
        )}
        {mode === "link" && (
          <Field label="Link to the article" hint="The server fetches the page and reads the article in it." problem={problem?.field === "url" ? problem : null}>
            {(id) => <input id={id} type="url" inputMode="url" placeholder="https://…" value={link} onChange={(e) => setLink(e.target.value)} className={inputClass} />}
          </Field>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={busy || !ready} className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-accent-fg disabled:opacity-60">
            {busy ? "Reading…" : "Read the article"}
          </button>
        </div>
        {problem && !["file", "url", "text", "title", "published", "source"].includes(problem.field ?? "") && <Problem problem={problem} />}
        {problem && mode !== "paste" && ["text", "title", "published", "source"].includes(problem.field ?? "") && <Problem problem={problem} />}
      </form>
      {tokenPrompt}
    </section>
  );
}

function ModeTabs({ mode, disabled, onChange }: { mode: Mode; disabled: boolean; onChange: (mode: Mode) => void }) {
  return (
    <div role="tablist" aria-label="How to add the article" className="mb-3 flex flex-wrap gap-2">
      {MODES.map((m) => (
        <button
          key={m.id}
          type="button"
          role="tab"
          disabled={disabled}
          aria-selected={mode === m.id}
          onClick={() => onChange(m.id)}
          className={`rounded border px-3 py-1 text-sm ${mode === m.id ? "border-accent bg-accent text-accent-fg" : "border-border hover:bg-bg-soft"}`}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}

type PasteValue = { title: string; text: string; source: string; url: string; published: string };

function PasteFields({ value, onChange, compact, problem }: { value: PasteValue; onChange: (v: PasteValue) => void; compact: boolean; problem: Failure | null }) {
  const set = (key: keyof PasteValue) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  const at = (field: string) => (problem?.field === field ? problem : null);
  return (
    <>
      <Field label="Title" hint="Optional: when empty, the first line of the text is the title." problem={at("title")}>
        {(id) => <input id={id} value={value.title} onChange={set("title")} className={inputClass} />}
      </Field>
      <Field label="Text" hint="The article's text, or a whole web page's HTML." problem={at("text")}>
        {(id) => <textarea id={id} rows={compact ? 6 : 12} value={value.text} onChange={set("text")} className={`${inputClass} font-serif`} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Outlet" hint="Optional, e.g. Reuters." problem={at("source")}>
          {(id) => <input id={id} value={value.source} onChange={set("source")} className={inputClass} />}
        </Field>
        <Field label="Link to the original" hint="Optional." problem={at("url")}>
          {(id) => <input id={id} type="url" value={value.url} onChange={set("url")} className={inputClass} />}
        </Field>
        <Field
          label="Publication date"
          hint="Relative dates in the text (“on Monday”, “in the coming days”) are resolved against it. If empty, they are resolved against today, marked as assumed."
          problem={at("published")}
        >
          {(id) => <input id={id} type="date" value={value.published} onChange={set("published")} className={inputClass} />}
        </Field>
      </div>
    </>
  );
}
