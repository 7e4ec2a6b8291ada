/**
 * The layout seed of an article: a 32-bit FNV-1a hash of its id and text, so the same article
 * always gets the same picture and a re-analysed (edited) article may get a new one.
 */
export function graphSeed(article: { id: string; text: string }): number {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  mix(article.id);
  mix("\u0000");
  mix(article.text);
  return h >>> 0;
}
