"use client";

import { useState } from "react";
import type { PreviewAnswer } from "./api";
import { Field, inputClass } from "./fields";

export type Checked = Record<string, string>;

/**
 * What the server read, for the reader to check and correct before saving: a bad extraction (a
 * missing paragraph, a wrong date, no actors found) is caught here, before it is shared.
 */
export function PreviewForm({ preview, busy, onSave, onBack }: { preview: PreviewAnswer; busy: boolean; onSave: (c: Checked) => void; onBack: () => void }) {
  const a = preview.article;
  const [fields, setFields] = useState({
    title: a.title,
    text: a.text,
    source: a.source ?? "",
    url: a.url ?? "",
    published: a.published ?? "",
  });
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });
  const { counts } = preview;
  const words = fields.text.split(/\s+/).filter(Boolean).length;
  return (
    <form
      aria-label="Preview"
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          ...fields,
          ...(a.dek ? { dek: a.dek } : {}),
          ...(a.referenceDate && !fields.published ? { referenceDate: a.referenceDate } : {}),
          language: a.language,
          via: preview.via === "api" ? "paste" : preview.via,
        });
      }}
    >
      <p className="rounded bg-bg-soft p-2 text-sm" data-testid="preview-counts">
        Found <strong>{counts.actors}</strong> {plural(counts.actors, "actor")}, <strong>{counts.events}</strong> {plural(counts.events, "event")},{" "}
        <strong>{counts.relations}</strong> {plural(counts.relations, "relation")} and <strong>{counts.claims}</strong> {plural(counts.claims, "claim")} in{" "}
        {words.toLocaleString("en")} {plural(words, "word")}.
        {counts.actors === 0 && counts.events === 0 && " Nothing was found: check that the text below is the article."}
      </p>
      {preview.notes.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-fg-muted">
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <Field label="Title">{(id) => <input id={id} required value={fields.title} onChange={set("title")} className={inputClass} />}</Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Outlet">{(id) => <input id={id} value={fields.source} onChange={set("source")} className={inputClass} />}</Field>
        <Field label="Link to the original">{(id) => <input id={id} type="url" value={fields.url} onChange={set("url")} className={inputClass} />}</Field>
        <Field
          label="Publication date"
          hint={fields.published ? "Relative dates are resolved against it." : "Empty: relative dates will be resolved against today, marked as assumed."}
        >
          {(id) => <input id={id} type="date" value={fields.published} onChange={set("published")} className={inputClass} />}
        </Field>
      </div>
      <Field label="Text, as read" hint="Correct it here if something is missing or extra.">
        {(id) => <textarea id={id} required rows={10} value={fields.text} onChange={set("text")} className={`${inputClass} font-serif`} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-accent-fg disabled:opacity-60">
          {busy ? "Saving…" : "Save and open"}
        </button>
        <button type="button" onClick={onBack} className="rounded border border-border px-3 py-1 text-sm hover:bg-bg-soft">
          Back
        </button>
      </div>
    </form>
  );
}

const plural = (n: number, noun: string) => (n === 1 ? noun : `${noun}s`);
