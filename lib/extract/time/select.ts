import type { Candidate } from "./mention";

/**
 * Keeps non-overlapping mentions: the longest first, then the earlier detector on equal length
 * (detectors are listed from the most to the least specific). Returns them sorted by start.
 */
export function selectMentions(textLength: number, byDetector: Candidate[][]): Candidate[] {
  const ranked = byDetector
    .flatMap((candidates, rank) => candidates.map((candidate) => ({ candidate, rank })))
    .filter(({ candidate }) => candidate.end > candidate.start)
    .sort(
      (a, b) =>
        b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
        a.rank - b.rank ||
        a.candidate.start - b.candidate.start,
    );
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
