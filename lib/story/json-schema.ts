import { z } from "zod";
import { StoryAnalysis } from "./schema";

/** The published JSON Schema of a story analysis, generated from the zod schemas. */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://newsline.local/schema/story-v1.json",
    title: "Newsline story analysis",
    ...z.toJSONSchema(StoryAnalysis, {
      target: "draft-2020-12",
      io: "output",
      unrepresentable: "any",
    }),
  };
}
