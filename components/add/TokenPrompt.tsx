"use client";

import { useState } from "react";
import { signIn } from "./api";
import { Field, inputClass } from "./fields";

/** Asked once when this Newsline needs a write token; the server keeps it in an HttpOnly cookie. */
export function TokenPrompt({ onDone }: { onDone: () => void }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="mt-3 grid gap-2 rounded border border-border p-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const answer = await signIn(token);
        if (answer.ok) onDone();
        else setError(answer.error);
      }}
    >
      <Field label="Write token" hint="This Newsline asks for its write token to add or delete articles. It is kept in a cookie on this browser." problem={error ? { ok: false, status: 401, error, field: "token" } : null}>
        {(id) => <input id={id} type="password" autoComplete="current-password" value={token} onChange={(e) => setToken(e.target.value)} className={inputClass} />}
      </Field>
      <button type="submit" className="justify-self-start rounded border border-border px-3 py-1 text-sm hover:bg-bg-soft">
        Use this token
      </button>
    </form>
  );
}
