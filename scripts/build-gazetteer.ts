/**
 * Regenerates lib/extract/data/countries.json from the world-countries package (ODbL-1.0,
 * mledoze/countries): names, alternative spellings, demonyms and capitals of every country.
 * Run: npx tsx scripts/build-gazetteer.ts. The output is committed; the package is not used at run time.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import countries from "world-countries";

type Entry = { id: string; name: string; aliases: string[]; demonyms: string[]; capitals: string[] };

const slug = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// A name is usable as an alias when it is written as people write it in news (not a code, not a native script).
const usable = (s: string) => /^[A-Z][A-Za-z .'’-]{2,}$/.test(s) && !/^[A-Z]{2,3}$/.test(s) && !/[,(]/.test(s);

const entries: Entry[] = countries
  .filter((c) => c.independent || c.unMember || ["XK", "PS", "TW", "EH"].includes(c.cca2))
  .map((c) => {
    const aliases = new Set<string>([c.name.official, ...c.altSpellings].filter(usable));
    aliases.delete(c.name.common);
    const dem = c.demonyms?.eng;
    return {
      id: slug(c.name.common),
      name: c.name.common,
      aliases: [...aliases].sort(),
      demonyms: [...new Set([dem?.m, dem?.f].filter((d): d is string => !!d && usable(d)))],
      capitals: (c.capital ?? []).filter(usable),
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

writeFileSync(
  path.join(__dirname, "../lib/extract/data/countries.json"),
  JSON.stringify(entries, null, 1) + "\n",
);
console.error(`wrote ${entries.length} countries`);
