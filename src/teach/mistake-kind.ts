// The mistakes a teacher names, in the order they are tried (CONTRACT.md, "Added in the second round").

export const MISTAKE_KINDS = [
  'chain-rule-inner-missing',
  'product-rule-as-product',
  'quotient-rule-sign',
  'quotient-rule-square',
  'power-rule',
  'exponential-as-power',
  'function-derivative',
  'constant-kept',
  'antiderivative',
  'constant-factor',
] as const;

export type MistakeKind = (typeof MISTAKE_KINDS)[number];
