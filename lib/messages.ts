/**
 * Every user-facing error and notice, in one place so wording stays consistent and testable.
 */
export const messages = {
  /** the details of an actor while filters hide some of its events and relations */
  hiddenByFilters: (n: number) => `${n} more ${n === 1 ? "item is" : "items are"} hidden by the filters.`,
  fileMissing: (file: string) => `${file}: no such file`,
  fileIsDirectory: (file: string) => `${file}: is a directory, not an article file`,
  fileUnreadable: (file: string, reason: string) => `${file}: cannot be read (${reason})`,
  fileTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit for one article`,
  binary: (file: string) => `${file}: looks like binary data, not text (it contains NUL bytes)`,
  invalidUtf8: (file: string) => `${file}: is not valid UTF-8 text`,
  unsupportedExtension: (file: string) => `${file}: unsupported file type (use .md with front matter, or .txt)`,
  badId: (file: string) =>
    `${file}: the file name cannot be used as an article id (use letters, digits, - and _, at most 100 characters)`,
  duplicateId: (file: string, id: string, other: string) => `${file}: article id "${id}" is already used by ${other}`,
  noFrontMatter: (file: string) =>
    `${file}: has no front matter; a Markdown article starts with a --- block holding at least "title:" (or use a .txt whose first line is the title)`,
  unclosedFrontMatter: (file: string) => `${file}: front matter starts with --- but is never closed by a --- line`,
  yamlError: (file: string, detail: string) => `${file}: front matter is not valid YAML (${detail})`,
  frontMatterNotMapping: (file: string) => `${file}: front matter must be a mapping of fields (title: …)`,
  fieldError: (file: string, field: string, detail: string) => `${file}: front matter field "${field}" ${detail}`,
  emptyBody: (file: string) => `${file}: the article body is empty`,
  missingTitle: (file: string) => `${file}: the first line (the title) is empty`,
  articleNotFound: (id: string) => `No article with id "${id}"`,
  builtInNotDeletable: (id: string) => `"${id}" is one of the built-in articles (a file on the server), which cannot be deleted from here`,
  usage:
    "usage: npm run --silent extract -- <article.md|article.txt> [more files…] | --story <article> <article> [more…] | [--story] --schema",
  storyNeedsArticles: (n: number) => `--story merges several articles on one event: give at least two files (got ${n})`,
  storyNotFound: (id: string) => `No story with id "${id}"`,
  storyArticleCount: (min: number, max: number, n: number) => `A story needs ${min} to ${max} different articles (got ${n})`,
  storyDuplicateArticle: (id: string) => `The article "${id}" is listed twice; a story holds each article once`,
  storyUnknownArticles: (ids: readonly string[]) =>
    `${ids.length === 1 ? "No article" : "No articles"} with ${ids.length === 1 ? "id" : "ids"} ${ids.map((id) => `"${id}"`).join(", ")}`,
  storyArticleProblems: (ids: readonly string[]) =>
    `${ids.length === 1 ? "This article" : "These articles"} of the story cannot be analysed: ${ids.map((id) => `"${id}"`).join(", ")}`,
  storyArticlesGone: (ids: readonly string[]) =>
    `The story cannot be shown: ${ids.length === 1 ? "its article" : "its articles"} ${ids.map((id) => `"${id}"`).join(", ")} ${ids.length === 1 ? "is" : "are"} no longer available`,
  notInStory: (name: string, value: string) => `ignored: ${name}=${value} (not in this story)`,
  ignoredParam: (name: string, value: string) => `ignored: ${name}=${value}`,
  staleParam: (name: string, value: string) => `ignored: ${name}=${value} (not in this article)`,
  paramTruncated: (name: string, max: number) => `shortened: ${name} (at most ${max} characters)`,
  linkTooLong: (name: string) => `shortened: ${name} (a link must stay under 2,000 characters)`,
  moreIgnored: (n: number) => `…and ${n} more ignored`,
  analysisFailed: (file: string, detail: string) => `${file}: the analysis failed (${detail})`,
  noArticles: (dir: string) => `No article files (.md, .txt) in ${dir}`,
  databaseUnavailable: (detail: string) => `The article database could not be opened (${detail.slice(0, 200)}); only the built-in articles are listed`,
  articlesDirMissing: (dir: string) => `The articles folder ${dir} does not exist`,
  shareCopied: "Link copied",
  shareCopyFailed: "Could not copy: select the link and copy it by hand",
  nothingSelected: "Nothing selected. Choose an event, actor, relation or claim in any view.",
  noMatches: "Nothing matches the filters.",
  tableRowsShown: (shown: number, total: number) =>
    shown >= total ? `All ${total.toLocaleString("en")} rows shown` : `Showing ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} rows`,
  tableShowMore: (n: number) => `Show ${n.toLocaleString("en")} more`,
  tableShowAll: (total: number) => `Show all ${total.toLocaleString("en")}`,
  tableSelectedBelow: "The selected row, further down the list:",
  graphListAll: (total: number) => `List all ${total.toLocaleString("en")} actors`,
  filterShowAll: (total: number) => `Show all ${total.toLocaleString("en")}`,
  textPassagesShown: (shown: number, total: number) =>
    shown >= total
      ? `All ${total.toLocaleString("en")} passages shown`
      : `Showing ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} passages`,
  textShowMore: (n: number) => `Show ${n.toLocaleString("en")} more passages`,
  textShowAll: (total: number) => `Show all ${total.toLocaleString("en")} passages`,
  textSelectedBelow: (pinned: number, total: number) =>
    pinned < total
      ? `The selection, further in the article (the first ${pinned.toLocaleString("en")} of ${total.toLocaleString("en")} passages):`
      : "The selection, further in the article:",
  badImageWidth: (value: string) => `width must be a whole number of pixels (got "${value}")`,
  badTheme: (value: string) => `theme must be light or dark (got "${value}")`,
  badControls: (value: string) => `controls must be 0 or 1 (got "${value}")`,
  badViewParams: (notices: readonly string[]) => `bad view parameters: ${notices.join("; ")}`,
  embedUnavailable: "This chart is not available.",
  embedOpenDashboard: "Open in Newsline",
  pngRenderFailed: "The image could not be rendered.",
  pngBusy: "The server is busy rendering other images; try again in a moment.",
} as const;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
