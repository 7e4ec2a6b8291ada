/** How a role or a relative clause names a speaker before or after a reporting verb. */
import { DESCRIPTOR } from "./speaker-patterns";
import { ROLE_NOUN, TITLED_ROLE } from "./speaker-roles";

// "The watchdog said", "…, the union's new chairman said", "The German group said": a role as the
// subject before the verb, after at most one capitalised adjective.
// "However, the Prime Minister said", "the President added": a title standing alone for its holder
// is often capitalised, as an office's title is.
export const ROLE_BEFORE = new RegExp(
  `(?:^\\W*|,["”’»]?\\s*|\\s(?:and|but|while)\\s+)(?:the|The)\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(${ROLE_NOUN}|${TITLED_ROLE})\\s+(?:(?:also|later|then|has|had|have)\\s+)?$`,
  "u",
);
// '…," said the spokesman.': a role right after the verb.
export const ROLE_AFTER = new RegExp(`^\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,3}(${ROLE_NOUN})\\b(?!\\s+(?:of|for|at)\\b)`, "u");
// "Canada's largest federal public-service union says": the possessor's role is the subject.
export const POSSESSED_ROLE = new RegExp(`^['’]s\\s+(?:[\\p{Ll}'’-]+\\s+){0,4}(${ROLE_NOUN})\\s+(?:(?:also|later|then|has|had|have)\\s+)?$`, "u");
// "an attack that the minister termed as “…”": a relative clause naming the words' speaker.
export const WHAT_BEFORE = new RegExp(`\\b(?:what|that|which)\\s+${DESCRIPTOR}$`, "u");
export const WHAT_ROLE = new RegExp(`\\b(?:what|that|which)\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,3}(${ROLE_NOUN})\\s+$`, "u");
