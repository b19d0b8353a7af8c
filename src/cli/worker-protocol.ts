// The messages between the terminal (main thread) and the worker thread that runs the statements.
// Definitions live in the main thread and travel with each request; a tree travels once per worker
// (the worker keeps it by version), so a request costs little however large the definitions are.

import type { Reply } from './session.js';
import type { PackedTree } from '../index.js';

export interface DefinitionRef {
  readonly name: string;
  /** Unique per definition made; the worker keeps trees by version. */
  readonly version: number;
  /** The tree, when this worker has not received this version yet. */
  readonly tree?: PackedTree;
}

export interface Request {
  readonly id: number;
  readonly statement: string;
  readonly share: boolean;
  readonly definitions: readonly DefinitionRef[];
}

/** The session's reply, with the tree of a new definition packed (type-only imports: no library here). */
export type Response = Omit<Reply, 'defined'> & {
  readonly id: number;
  readonly defined?: { readonly name: string; readonly tree: PackedTree };
};
