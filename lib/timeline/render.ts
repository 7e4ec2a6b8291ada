// Temporary: lib/embed (another helper's part of issue 18) still imports this old path; once it imports
// "../timeline", delete this file.
export { renderTimeline, type RenderOptions } from "./draw";
