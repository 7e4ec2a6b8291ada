import * as z from "zod/mini";
import { ActorKind, Certainty } from "../model";
import { SelectionKind } from "../selection";
import { ID_PATTERN, Lanes, MAX_ID_LENGTH, MAX_LIST_ITEMS, MAX_Q_LENGTH, View } from "./state";

/**
 * The view state's schema: the contract of the URL parameters. Parsing goes through the codecs
 * (one per parameter, zod-free for the client bundle); tests hold them to this schema.
 */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN));
export const IsoDateSchema = z.iso.date();

export const ViewStateSchema = z.object({
  view: z.enum(View),
  select: z.nullable(z.object({ kind: z.enum(SelectionKind), id: IdSchema })),
  actors: z.array(IdSchema).check(z.maxLength(MAX_LIST_ITEMS)),
  kinds: z.array(z.enum(ActorKind)),
  certainty: z.array(z.enum(Certainty)),
  sources: z.array(IdSchema).check(z.maxLength(MAX_LIST_ITEMS)),
  q: z.string().check(z.maxLength(MAX_Q_LENGTH)),
  from: z.nullable(IsoDateSchema),
  to: z.nullable(IsoDateSchema),
  lanes: z.nullable(z.enum(Lanes)),
  focus: z.nullable(IdSchema),
});
export type ViewState = z.infer<typeof ViewStateSchema>;

