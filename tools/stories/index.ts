export { GoldStory, GoldSplit } from "./gold";
export { evaluateStory, type StoryScore } from "./evaluate";
export { pairScore, pooledScore, actorUnits, eventUnits, goldActorReports, goldEventReports, occurrences, type PairScore, type Unit } from "./score";
export { loadStoryFixtures, STORIES_DIR, type StoryFixture } from "./fixtures";
export { eventNotes } from "./notes";
