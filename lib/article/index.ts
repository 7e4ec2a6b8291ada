export { parseArticle, articleIdOf, MAX_ARTICLE_BYTES, type ParseResult } from "./parse";
export { readArticleFile, readArticleFolder, type ArticleEntry } from "./load";
