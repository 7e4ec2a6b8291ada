export {
  listArticles,
  getAnalysis,
  resetStore,
  FOLDER_TTL_MS,
  type ArticleSummary,
  type ArticleListing,
  type StoredAnalysis,
  type AnalysisLookup,
} from "./store";
export { storedAnalysis } from "./stored";
export { registerAnalysisSource, type AnalysisSource } from "./sources";
export { addArticle, deleteArticle, previewSubmission, userAnalysis, listUserArticles, forgetUserAnalyses, type AddResult, type Preview } from "./user-articles";
export { articlesDir } from "./dir";
export { sha256 } from "./hash";
export {
  createStory,
  getStory,
  listStories,
  deleteStory,
  storyPicker,
  type StoryPicker,
  storySetHash,
  storyIdsFor,
  StoryRequest,
  MIN_STORY_ARTICLES,
  MAX_STORY_ARTICLES,
  type CreateStoryResult,
  type StoredStory,
  type StoryLookup,
} from "./stories";
export { closeDatabase, databaseTarget } from "./db/index";
