/**
 * The passes over the whole text that a parse needs before any chunk (line starts, plain-region guards, chunk
 * cuts), kept by the chunk cache for the latest version of a document: the next version's are worked out from
 * them and the edit between the two, at a cost that grows with the edit rather than with the document.
 */
import { chunkOffsets, editChunkOffsets, type ChunkSizes } from './cuts';
import { editLineStarts, textEdit, type TextEdit } from './edit';
import { computeLineStarts } from './positions';
import { editGuardScan, guardScan, type GuardScan, type Region } from './guards';

export interface TextPasses {
  text: string;
  lineStarts: number[];
  regions: Region[];
  guards: GuardScan;
  /** Where the text is cut into chunks, with the sizes the cuts were found with (null: parsed whole). */
  cuts: number[] | null;
  sizes: ChunkSizes;
  /** The text of each chunk by where it starts, the strings the chunk cache holds trees by. */
  strings: Map<number, string>;
}

const sameSizes = (a: ChunkSizes, b: ChunkSizes): boolean => a.min === b.min && a.max === b.max && a.every === b.every;

/** The passes of `text`, from those of the previous version where there is one. */
export function textPasses(text: string, previous: TextPasses | null, sizes: ChunkSizes, whole: boolean): { passes: TextPasses; edit: TextEdit | null } {
  const edit = previous ? textEdit(previous.text, text) : null;
  const lineStarts = previous && edit ? editLineStarts(previous.lineStarts, edit, text) : computeLineStarts(text);
  const guards = previous && edit ? editGuardScan(text, previous.guards, edit) : guardScan(text);
  const regions = guards.regions;
  let cuts: number[] | null = null;
  if (!whole) {
    cuts = previous?.cuts && edit && sameSizes(previous.sizes, sizes) ? editChunkOffsets(text, sizes, previous.cuts, edit) : chunkOffsets(text, sizes);
  }
  return { passes: { text, lineStarts, regions, guards, cuts, sizes, strings: new Map() }, edit };
}
