import type { GoldStory } from "./gold";
import type { StoryAnalysis } from "../../lib/story";
import {
  actorUnits,
  eventUnits,
  goldActorReports,
  goldEventReports,
  pairScore,
  type PairScore,
} from "./score";

export type StoryScore = { story: string; articles: number; actors: PairScore; events: PairScore };

/** Cross-article actor and event merge scores of a story analysis against its gold. */
export function evaluateStory(story: StoryAnalysis, gold: GoldStory): StoryScore {
  return {
    story: gold.story,
    articles: story.articles.length,
    actors: pairScore(actorUnits(story, gold), goldActorReports(gold)),
    events: pairScore(eventUnits(story, gold), goldEventReports(gold)),
  };
}
