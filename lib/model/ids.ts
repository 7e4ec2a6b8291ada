/**
 * Article and story ids: a letter or digit, then letters, digits, "_" and "-". They are file names,
 * URL path segments and database keys at once, so nothing that needs escaping may appear in them.
 * A story id may be longer: "story-" plus its title's slug and set hash.
 */
export const MAX_ARTICLE_ID_LENGTH = 100;
export const MAX_STORY_ID_LENGTH = 120;

const idOfAtMost = (max: number) => new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,${max - 1}}$`);

export const ARTICLE_ID_PATTERN = idOfAtMost(MAX_ARTICLE_ID_LENGTH);
export const STORY_ID_PATTERN = idOfAtMost(MAX_STORY_ID_LENGTH);

export const isArticleId = (id: string): boolean => ARTICLE_ID_PATTERN.test(id);
export const isStoryId = (id: string): boolean => STORY_ID_PATTERN.test(id);
