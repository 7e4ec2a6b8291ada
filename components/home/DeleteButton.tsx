"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { removeArticle } from "@/components/add/api";

/** Deletes an article a user added, after asking; the list then reloads from the server. */
export function DeleteButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={`Delete “${title}”`}
        className="rounded border border-border px-2 py-0.5 text-xs hover:border-danger hover:text-danger"
        onClick={async () => {
          if (!window.confirm(`Delete “${title}”? Its links and embeds will stop working.`)) return;
          const answer = await removeArticle(id);
          if (answer.ok) router.refresh();
          else setError(answer.error);
        }}
      >
        Delete
      </button>
      {error && (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
