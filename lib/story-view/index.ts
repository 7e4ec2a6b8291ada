/** What the story pages show, computed from a StoryAnalysis (lib/story): pure, no React, no DOM. */
export { parseStoryView, storyQuery, STORY_PARAMS, type StoryView } from "./params";
export { storySubset } from "./subset";
export { suggestArticles, ACTOR_WEIGHT, type Suggestion } from "./suggest";
export { eventVersions, type ReportVersion } from "./versions";
export { layoutStoryTimeline, shortLabel, TIMELINE_ROW, type PlacedEvent, type StoryTimelineLayout } from "./timeline";
export { layoutStoryGraph, edgeWidth, type StoryGraphLayout, type StoryGraphNode, type StoryGraphEdge } from "./graph";
export {
  storyTimelineSvg,
  storyGraphSvg,
  storyGraphHeight,
  storyTimelineTitle,
  storyGraphTitle,
  eventRadius,
  nodeRadius,
  nodeLabel,
  DISAGREE_COLOUR,
  type StoryDrawOptions,
  type StoryTheme,
} from "./draw";
export { storyTablesHtml } from "./table";
