export { SelectionKind, noFilters, type Selection, type Filters, type ItemSets } from "./types";
export { linked, nothingLinked, type Linked } from "./linked";
export { applyFilters, isFiltering, normalizeForSearch } from "./filters";
export { outletOf, isOutletFraming } from "./outlet";
export { overlaps, contains, anyOverlap } from "./spans";
export { filterOptions, type FilterOption, type FilterOptions } from "./filter-options";
export { countsText } from "./filter-options";
