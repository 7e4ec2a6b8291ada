/** The add-an-article form's calls to the API; every answer is read as JSON and never trusted past its shape. */
export type PreviewArticle = {
  title: string;
  text: string;
  dek: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  referenceDate: string | null;
  language: string;
};
export type PreviewAnswer = {
  id: string;
  article: PreviewArticle;
  counts: { actors: number; events: number; relations: number; claims: number };
  notes: string[];
  via: "paste" | "upload" | "link" | "api";
};
export type Failure = { ok: false; status: number; error: string; field?: string };
export type Outcome<T> = ({ ok: true } & T) | Failure;

async function call<T>(path: string, init: RequestInit): Promise<Outcome<T>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, credentials: "same-origin" });
  } catch {
    return { ok: false, status: 0, error: "The server could not be reached: check your connection and try again." };
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) {
    const error = typeof body?.error === "string" ? body.error : `The server answered ${res.status}.`;
    return { ok: false, status: res.status, error, field: typeof body?.field === "string" ? body.field : undefined };
  }
  return { ok: true, ...(body as T) };
}

export const previewText = (fields: Record<string, string>) =>
  call<PreviewAnswer>("/api/preview", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(fields) });

export const previewLink = (url: string) =>
  call<PreviewAnswer>("/api/preview", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url }) });

export function previewFile(file: File): Promise<Outcome<PreviewAnswer>> {
  const form = new FormData();
  form.set("file", file);
  return call<PreviewAnswer>("/api/preview", { method: "POST", body: form });
}

export const saveArticle = (fields: Record<string, string>) =>
  call<{ id: string; url: string; created: boolean }>("/api/articles", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(fields),
  });

export const signIn = (token: string) =>
  call<object>("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }) });

export const removeArticle = (id: string) => call<object>(`/api/articles/${encodeURIComponent(id)}`, { method: "DELETE" });
