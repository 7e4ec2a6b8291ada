import { type Certainty, ActorKind, actorKindLabel, RelationKind } from "../model";

/** vis-network node shapes used here; every one but `box` draws its label below the shape. */
export const NodeShape = ["dot", "diamond", "hexagon", "square", "triangle", "triangleDown", "star", "box"] as const;
export type NodeShape = (typeof NodeShape)[number];

export const GraphTheme = ["light", "dark"] as const;
export type GraphTheme = (typeof GraphTheme)[number];

type Pair = { light: string; dark: string };

/** Actor kinds as data: shape and colour say the same thing twice, so colour is never the only cue; the label is the vocabulary's. */
export const actorKindStyle: Record<ActorKind, { shape: NodeShape; label: string; color: Pair }> = {
  state: { shape: "dot", label: actorKindLabel.state, color: { light: "#2f6db5", dark: "#6fa8ef" } },
  leader: { shape: "diamond", label: actorKindLabel.leader, color: { light: "#b3541e", dark: "#f0925a" } },
  person: { shape: "diamond", label: actorKindLabel.person, color: { light: "#8a6d1d", dark: "#e0c060" } },
  official: { shape: "diamond", label: actorKindLabel.official, color: { light: "#9c3d6e", dark: "#e88bbb" } },
  bloc: { shape: "hexagon", label: actorKindLabel.bloc, color: { light: "#1f7a6d", dark: "#5fd0bd" } },
  alliance: { shape: "square", label: actorKindLabel.alliance, color: { light: "#4b4fa8", dark: "#9b9ff0" } },
  coalition: { shape: "triangle", label: actorKindLabel.coalition, color: { light: "#5b7f1f", dark: "#a8d46a" } },
  organization: { shape: "box", label: actorKindLabel.organization, color: { light: "#5c6670", dark: "#a9b4bf" } },
  media: { shape: "star", label: actorKindLabel.media, color: { light: "#a3372f", dark: "#f08a80" } },
  source: { shape: "triangleDown", label: actorKindLabel.source, color: { light: "#7b4fa0", dark: "#c39be6" } },
  group: { shape: "dot", label: actorKindLabel.group, color: { light: "#6b5a4a", dark: "#c8b39e" } },
};

/** Relation kinds as data: colour of the edge and the phrase that reads "A <phrase> B". */
export const relationKindStyle: Record<RelationKind, { label: string; color: Pair }> = {
  cooperates: { label: "cooperates with", color: { light: "#2f7d4f", dark: "#6fd39a" } },
  negotiates: { label: "negotiates with", color: { light: "#2f6db5", dark: "#6fa8ef" } },
  supports: { label: "supports", color: { light: "#1f7a6d", dark: "#5fd0bd" } },
  provides: { label: "provides for", color: { light: "#5b7f1f", dark: "#a8d46a" } },
  demands: { label: "demands of", color: { light: "#b3541e", dark: "#f0925a" } },
  opposes: { label: "opposes", color: { light: "#b02a37", dark: "#f07a86" } },
  reports: { label: "reports on", color: { light: "#6b7280", dark: "#a3aab5" } },
  attacks: { label: "attacks", color: { light: "#8b1a1a", dark: "#ff6b6b" } },
  sanctions: { label: "sanctions", color: { light: "#9c3d6e", dark: "#e88bbb" } },
  meets: { label: "meets", color: { light: "#4b4fa8", dark: "#9b9ff0" } },
};

export type Palette = {
  background: string;
  text: string;
  mutedText: string;
  /** Halo behind labels so they stay legible over edges. */
  halo: string;
  selection: string;
  /** Opacity of what is outside the current selection's neighbourhood. */
  dimOpacity: number;
};

export const palettes: Record<GraphTheme, Palette> = {
  light: { background: "#ffffff", text: "#1f2328", mutedText: "#57606a", halo: "#ffffff", selection: "#111111", dimOpacity: 0.18 },
  dark: { background: "#0d1117", text: "#e6edf3", mutedText: "#9da7b3", halo: "#0d1117", selection: "#ffffff", dimOpacity: 0.22 },
};

/** Only what was reported as fact or scheduled is drawn solid; anything less certain is dashed. */
export function isUncertain(certainty: Certainty): boolean {
  return certainty !== "fact" && certainty !== "scheduled";
}

export const DASH_PATTERN = [6, 4] as const;

export type Legend = {
  actors: { kind: ActorKind; label: string; shape: NodeShape; color: string }[];
  relations: { kind: RelationKind; label: string; color: string }[];
  lines: { dashed: boolean; label: string }[];
};

/**
 * What the legend shows, in vocabulary order; pass the kinds actually present to keep it short.
 */
export function legend(
  theme: GraphTheme,
  present?: { actorKinds: Iterable<ActorKind>; relationKinds: Iterable<RelationKind> },
): Legend {
  const actorKinds = present ? new Set(present.actorKinds) : new Set(ActorKind);
  const relationKinds = present ? new Set(present.relationKinds) : new Set(RelationKind);
  return {
    actors: ActorKind.filter((k) => actorKinds.has(k)).map((kind) => ({
      kind,
      label: actorKindStyle[kind].label,
      shape: actorKindStyle[kind].shape,
      color: actorKindStyle[kind].color[theme],
    })),
    relations: RelationKind.filter((k) => relationKinds.has(k)).map((kind) => ({
      kind,
      label: relationKindStyle[kind].label,
      color: relationKindStyle[kind].color[theme],
    })),
    lines: [
      { dashed: false, label: "reported as fact or scheduled" },
      { dashed: true, label: "probable, proposed, possible, conditional or unclear" },
    ],
  };
}

/** The legend for one analysis: only the kinds that occur in it. */
export function legendFor(analysis: { actors: { kind: ActorKind }[]; relations: { kind: RelationKind }[] }, theme: GraphTheme): Legend {
  return legend(theme, {
    actorKinds: analysis.actors.map((a) => a.kind),
    relationKinds: analysis.relations.map((r) => r.kind),
  });
}
