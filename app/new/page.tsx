import type { Metadata } from "next";
import Link from "next/link";
import { AddArticle } from "@/components/add/AddArticle";

export const metadata: Metadata = { title: "Add an article · Newsline" };
// Rendered per request, like every page: its scripts carry the request's CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

/** /new: the add-an-article form on its own, for links that point straight to it. */
export default function NewArticlePage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <p className="mb-4 text-sm">
        <Link href="/" className="text-accent hover:underline">
          ← All articles
        </Link>
      </p>
      <AddArticle />
    </main>
  );
}
