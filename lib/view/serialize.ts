import { codecs, type Codec } from "./codecs";
import { encodeQueryValue } from "./encode";
import { ViewParam, type ViewState } from "./state";

/**
 * The canonical query string of a view state (without "?"): parameters in the fixed order of
 * `ViewParam`, lists sorted and de-duplicated, defaults omitted, values encoded as nuqs encodes
 * them, so the URL the dashboard writes and the one Share copies are the same string.
 * `only` restricts the output to some parameters ("link to this selection only").
 */
export function serializeViewState(state: ViewState, { only }: { only?: readonly ViewParam[] } = {}): string {
  const parts: string[] = [];
  for (const param of ViewParam) {
    if (only && !only.includes(param)) continue;
    const codec = codecs[param] as Codec<unknown>;
    const value = codec.normalize(state[param]);
    if (codec.isDefault(value)) continue;
    parts.push(`${param}=${encodeQueryValue(codec.serialize(value))}`);
  }
  return parts.join("&");
}

/** The length the query takes in a URL once the browser percent-encodes non-ASCII characters. */
export function urlLength(query: string): number {
  let n = 0;
  for (const ch of query) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 6 : code < 0x10000 ? 9 : 12;
  }
  return n;
}
