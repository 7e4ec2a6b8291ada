import type { Analysis } from "../model/analysis";
import type { ArticleInput } from "../model/article";
import { analyzeArticle as runPipeline } from "../extract";

/** The one place the store calls the pipeline (tests replace it here). */
export const analyzeArticle: (article: ArticleInput) => Analysis = (article) => runPipeline(article);
