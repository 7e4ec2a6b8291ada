export { readMeantime, type GoldSpan, type GoldTimex, type MeantimeDoc } from "./read";
export { add, bestMatch, emptyCounts, figures, scoreRecall, scoreTimexes, type RecallCounts, type Span, type Timex, type TimexCounts } from "./score";
