export { Gold, GoldActor, GoldClaim, GoldEvent, GoldRelation, parseGold } from "./gold";
export { scoreAnalysis, totalScore, type Score } from "./score";
export { formatFindings, formatReport, formatScoreTable } from "./report";
export { counts, accuracy, type Accuracy, type Counts } from "./counts";
export { Attribute, Category, type Finding } from "./findings";
export { normalizeName, normalizeText } from "./normalize";
export { checkIntegrity } from "./integrity";
export { splitSentences, recombineArticle, type SentencePool } from "./recombine";
export { readGoldCorpus, type GoldCase } from "./corpus";
