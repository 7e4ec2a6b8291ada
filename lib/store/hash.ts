import { createHash } from "node:crypto";

/** Hex sha256 of a string, the cache key of an article's content and the source of ETags. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
