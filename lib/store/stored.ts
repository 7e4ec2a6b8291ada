import { prepareSeededGraphLayout } from "../graph";
import type { Analysis } from "../model";
import { sha256 } from "./hash";

/**
 * An analysis with what every request for it needs, computed once per article content: the JSON
 * body (also as UTF-8 bytes, so a response does not encode it again) and its ETag, a hash of the
 * JSON that doubles as the content hash keying the image and embed caches. The graph's layout, which
 * every page, embed and image of the analysis needs, starts at once in the background.
 */
export type StoredAnalysis = { analysis: Analysis; json: string; body: Uint8Array; etag: string };

export function storedAnalysis(analysis: Analysis): StoredAnalysis {
  const json = JSON.stringify(analysis);
  void prepareSeededGraphLayout(analysis);
  return { analysis, json, body: new TextEncoder().encode(json), etag: `"${sha256(json).slice(0, 32)}"` };
}
