// THE constants table: one row per named constant, read by every pass (evaluation, compilation,
// printing, forward and reverse mode, validation, the parser). A new constant is one row here.

export interface ConstantRow {
  readonly value: number;
  readonly latex: string;
  /** A JavaScript expression for the value (a property of `Math`, never user text). */
  readonly js: string;
}

export const CONSTANTS = {
  pi: { value: Math.PI, latex: '\\pi', js: 'Math.PI' },
  e: { value: Math.E, latex: 'e', js: 'Math.E' },
} as const satisfies Record<string, ConstantRow>;

export type ConstantName = keyof typeof CONSTANTS;

export const CONSTANT_NAMES = Object.keys(CONSTANTS) as ConstantName[];

export const isConstantName = (name: unknown): name is ConstantName =>
  typeof name === 'string' && Object.hasOwn(CONSTANTS, name);

/** The row of a constant (by its validated name). */
export const constantRow = (name: ConstantName): ConstantRow => CONSTANTS[name];
