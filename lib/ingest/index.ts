export { readHtmlArticle, looksLikeHtml, type PageArticle } from "./html";
export { fromFile, fromHtml, fromText, ingestError, MAX_UPLOAD_BYTES, type Extracted, type IngestError } from "./extracted";
export { contentOf, paragraphsOf, type DraftResult } from "./draft";
export { contentHash, articleIdFor, ID_HASH_LENGTHS, type ArticleContent } from "./identity";
export { fetchPage, testHostsFromEnv, FETCH_DEFAULTS, type FetchPageOptions, type FetchedPage } from "./fetch-page";
export { isPublicAddress, isIpLiteral } from "./address";
export { readArticleRequest, MAX_REQUEST_BYTES, type RequestRead } from "./request";
