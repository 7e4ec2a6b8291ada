/** What can be embedded and exported as an image, and in which theme: shared by the dashboard's embed dialog and the server. */
export type EmbedKind = "timeline" | "graph" | "table";
export type ImageKind = "timeline" | "graph";
export const EmbedTheme = ["light", "dark"] as const;
export type EmbedTheme = (typeof EmbedTheme)[number];
