const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "6 Jan 2026" from "2026-01-06"; locale-free so server and client render the same text. */
export function formatIsoDate(iso: string, { year = true }: { year?: boolean } = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return year ? `${Number(m[3])} ${month} ${m[1]}` : `${Number(m[3])} ${month}`;
}

/** "6–8 Jan 2026", "30 Dec 2025 – 2 Jan 2026", or a single date when start and end agree. */
export function formatIsoRange(start: string, end: string | undefined): string {
  if (!end || end === start) return formatIsoDate(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8))}–${formatIsoDate(end)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${formatIsoDate(start, { year: false })} – ${formatIsoDate(end)}`;
  return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}
