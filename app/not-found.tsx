import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>Nothing lives at this address.</p>
      <Link href="/" className="text-accent hover:underline">
        ← All articles
      </Link>
    </main>
  );
}
