export { database, closeDatabase, openDatabase, databaseTarget } from "./open";
export { openSqlite } from "./sqlite";
export { openPostgres } from "./postgres";
export { readMigrations, migrationsDir, type Migration } from "./sql";
export type { ArticleDb, ArticleRecord, ArticleListRow, ArticleOrigin, AnalysisRecord, Counts, NewArticle, NewStory, StoryRecord } from "./types";
