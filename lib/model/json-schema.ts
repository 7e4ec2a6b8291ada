import { z } from "zod";
import { Analysis } from "./analysis";

/** The published JSON Schema of the analysis, generated from the zod schemas. */
export function analysisJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://newsline.local/schema/analysis-v1.json",
    title: "Newsline analysis",
    ...z.toJSONSchema(Analysis, { target: "draft-2020-12", io: "output", unrepresentable: "any" }),
  };
}
