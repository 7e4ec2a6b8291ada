import type { Analysis, ArticleInput } from "../model";
import { analyzeArticle as runPipeline } from "../extract";

/** The one place the store calls the pipeline (tests replace it here). */
export const analyzeArticle: (article: ArticleInput) => Analysis = (article) => runPipeline(article);
