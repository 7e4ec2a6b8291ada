import { messages } from "../messages";
import { EmbedTheme } from "../share";
import { displayValue, parseViewState, type QueryInput, type ViewState } from "../view";

/**
 * The parameters embeds and image routes take on top of the dashboard's view state:
 * `theme` and `controls` (embeds), `theme` and `width` (images).
 */

export const MIN_IMAGE_WIDTH = 320;
export const MAX_IMAGE_WIDTH = 2400;
export const DEFAULT_IMAGE_WIDTH = 1200;

export type EmbedParams = { view: ViewState; theme: EmbedTheme; controls: boolean; notices: string[] };
export type ImageParams = { view: ViewState; theme: EmbedTheme; width: number };
export type ParamsResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A width in whole pixels, clamped to the range images are drawn at. */
export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_IMAGE_WIDTH;
  return Math.min(MAX_IMAGE_WIDTH, Math.max(MIN_IMAGE_WIDTH, Math.round(width)));
}

/** Parses `width`: absent → default; digits → clamped; anything else → an error message. */
export function parseWidth(raw: string | null): ParamsResult<number> {
  if (raw === null || raw.trim() === "") return { ok: true, value: DEFAULT_IMAGE_WIDTH };
  const v = raw.trim();
  if (!/^\d{1,7}$/.test(v)) return { ok: false, error: messages.badImageWidth(displayValue(raw)) };
  return { ok: true, value: clampWidth(Number(v)) };
}

export function parseTheme(raw: string | null): ParamsResult<EmbedTheme> {
  if (raw === null || raw.trim() === "") return { ok: true, value: "light" };
  const v = raw.trim();
  if ((EmbedTheme as readonly string[]).includes(v)) return { ok: true, value: v as EmbedTheme };
  return { ok: false, error: messages.badTheme(displayValue(raw)) };
}

function toSearch(input: QueryInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  if (typeof input === "string") return new URLSearchParams(input.startsWith("?") ? input.slice(1) : input);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string") search.append(key, value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") search.append(key, v);
  }
  return search;
}

/**
 * An embed's parameters. Like the dashboard, an embed never fails on a mangled URL: unknown or
 * malformed values fall back to defaults and are named in `notices` (shown in the footer).
 */
export function parseEmbedParams(input: QueryInput): EmbedParams {
  const search = toSearch(input);
  const { state, notices } = parseViewState(search, { allow: ["theme", "controls"] });
  const theme = parseTheme(search.get("theme"));
  const rawControls = search.get("controls");
  const controlsOk = rawControls === null || rawControls === "0" || rawControls === "1";
  return {
    view: state,
    theme: theme.ok ? theme.value : "light",
    controls: rawControls !== "0",
    notices: [
      ...notices,
      ...(theme.ok ? [] : [messages.ignoredParam("theme", displayValue(search.get("theme") ?? ""))]),
      ...(controlsOk ? [] : [messages.ignoredParam("controls", displayValue(rawControls ?? ""))]),
    ],
  };
}

/**
 * An image route's parameters. An image has nowhere to show a notice, so a malformed value is an
 * error (400) rather than silently dropped; a width outside the range is clamped, not refused.
 */
export function parseImageParams(input: QueryInput): ParamsResult<ImageParams> {
  const search = toSearch(input);
  const width = parseWidth(search.get("width"));
  if (!width.ok) return width;
  const theme = parseTheme(search.get("theme"));
  if (!theme.ok) return theme;
  const { state, notices } = parseViewState(search, { allow: ["theme", "width"] });
  if (notices.length > 0) return { ok: false, error: messages.badViewParams(notices) };
  return { ok: true, value: { view: state, theme: theme.value, width: width.value } };
}
