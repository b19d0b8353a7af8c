// The grammar: the precedence ladder of CONTRACT.md, building the tree as it parses (embedded actions,
// no CST). The tree is exactly what was typed: binary `+` and `*` nested to the left, a subtraction
// stays `sub`, parentheses and unary `+` vanish.
//
//   expression := unary (operator? unary)*     + - loosest, then * / and implicit products (SumOfProducts)
//   unary      := ('+' | '-')* atom ('^' unary)?              `-x^2` is -(x^2); `2^3^2` and `2^-x` nest right
//   atom       := number | name '(' expression (',' expression)* ')' | name | '(' expression ')'
//
// An implicit product (no operator) is allowed after a number, before a name or '(' (`2x`, `3sin(x)`,
// `2(x+1)`), and between ')' and '(' (`(a)(b)`); its operand starts with a name or '(', so `unary`
// parses it as the power it is: `2x^2` is 2*(x^2).
//
// Why two rules and not one per rung: Chevrotain spends about four stack frames per rule call, and a
// rule per rung made one level of parentheses cost five calls, so 256 nested calls overflowed Node's
// stack on a cold start. Folding the binary rungs in a loop and inlining `atom` into `unary` makes a
// level two rule calls (and halves the rule calls per number or name, which is most of the speed).
//
// Every construct that nests in the text (a parenthesis, a call, a unary sign, a `^`) counts one level;
// past MAX_NESTING the parse stops with a ParseError long before recursion could exhaust the stack.
//
// Chevrotain runs every rule once while it records the grammar: code that builds nodes is skipped then
// (`this.recording`, what ACTION does, without allocating a closure per call). The hot repetitions are
// closures made once per parser, which talk to their rule through fields saved and restored around
// nested rules, so parsing allocates little beyond the tree itself.

import { EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from './chevrotain.js';
import { callNode, negNode, powNode, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { ParseError } from '../errors.js';
import type { FunctionName } from '../ast/function-names.js';
import { acceptsArity, decimalValue, functionNamed, integerValue, nameValue } from './literals.js';
import { arityMessage, notAFunction } from './messages.js';
import { SumOfProducts, type BinaryOperator } from './sum-of-products.js';
import {
  AdditiveOperator, ALL_TOKENS, BinaryOperatorToken, CallName, Caret, Comma, DecimalLiteral, Identifier,
  IntegerLiteral, LParen, Minus, NumberLiteral, Plus, RParen, Slash, Star,
} from './tokens.js';

/** How deep text may nest (parentheses, calls, unary signs, chained `^`, in any mix). */
export const MAX_NESTING = 256;

/** What a rule returns while the grammar is being recorded: never seen by a caller of `parse`. */
const PLACEHOLDER: Expr = nameValue('recording');

const isNumberToken = (t: TokenType): boolean => t === IntegerLiteral || t === DecimalLiteral;

export class ExpressionParser extends EmbeddedActionsParser {
  /** The text being parsed, for the positions of the errors the actions raise. */
  private source = '';
  private depth = 0;
  /** The sum of products the innermost `expression` is building. */
  private chain: SumOfProducts | undefined = undefined;
  /** The signs `unary` has just read, and how many of them were '-'. */
  private signs = 0;
  private minuses = 0;

  constructor() {
    super(ALL_TOKENS, { maxLookahead: 1, recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  /** Parses `tokens` of `source`; Chevrotain's own errors are left in `this.errors`. */
  run(source: string, tokens: IToken[]): Expr {
    this.source = source;
    this.depth = 0;
    this.chain = undefined;
    this.input = tokens;
    return this.expression();
  }

  /** Where parsing stopped: the offset of the next token (0 before parsing starts). */
  position(): number {
    return this.source === '' ? 0 : this.offsetOf(this.LA(1));
  }

  /** Forgets the last input, so a large one is not kept alive between parses. */
  release(): void {
    this.source = '';
    this.input = [];
  }

  readonly expression = this.RULE('expression', (): Expr => {
    const first = this.SUBRULE(this.unary);
    const outer = this.chain;
    const chain = this.recording ? undefined : new SumOfProducts(first);
    this.chain = chain;
    this.MANY(this.moreOperands);
    this.chain = outer;
    return chain === undefined ? first : chain.result();
  });

  private readonly moreOperands = {
    GATE: (): boolean => this.expressionContinues(),
    DEF: (): void => {
      const op = this.OPTION(this.binaryOperator);
      const operand = this.SUBRULE2(this.unary);
      // The operand's own parentheses have restored `chain` to this expression's.
      this.chain?.push(op === undefined ? '*' : (op.image as BinaryOperator), operand);
    },
  };

  private readonly binaryOperator = (): IToken => this.CONSUME(BinaryOperatorToken);

  // Signs are a loop, not recursion: `--x` is neg(neg(x)) and `+x` is x; each sign still counts a level.
  readonly unary = this.RULE('unary', (): Expr => {
    this.signs = 0;
    this.minuses = 0;
    this.MANY2(this.sign);
    const { signs, minuses } = this;
    const base = this.OR(this.atoms);
    const exponent = this.OPTION2(this.exponent);
    if (this.recording) return base;
    let e = exponent === undefined ? base : powNode(base, exponent);
    for (let i = 0; i < minuses; i++) e = negNode(e);
    this.depth -= signs;
    return e;
  });

  private readonly sign = (): void => {
    const sign = this.CONSUME(AdditiveOperator);
    if (this.recording) return;
    this.enter(sign);
    this.signs++;
    if (sign.tokenType === Minus) this.minuses++;
  };

  private readonly exponent = (): Expr => {
    const caret = this.CONSUME(Caret);
    if (!this.recording) this.enter(caret);
    const e = this.SUBRULE(this.unary);
    if (!this.recording) this.depth--;
    return e;
  };

  private readonly atoms: IOrAlt<Expr>[] = [
    { ALT: () => this.numberLiteral() },
    { ALT: () => this.call() },
    { ALT: () => this.name() },
    { ALT: () => this.parenthesized() },
  ];

  private numberLiteral(): Expr {
    const token = this.CONSUME(NumberLiteral);
    if (this.recording) return PLACEHOLDER;
    if (token.tokenType === IntegerLiteral) return integerValue(token.image);
    return decimalValue(token.image) ?? this.fail('number too large', token.startOffset);
  }

  // The name is checked before its arguments are parsed, so `f(...)` reports the unknown function
  // rather than something inside the parentheses. A wrong number of arguments is reported at the name.
  private call(): Expr {
    const name = this.CONSUME(CallName);
    const open = this.CONSUME(LParen);
    const fn = this.recording ? undefined : this.openCall(name, open);
    const first = this.LA(1);
    const args = [this.SUBRULE2(this.expression)];
    this.MANY3(() => {
      this.CONSUME(Comma);
      args.push(this.SUBRULE3(this.expression));
    });
    this.CONSUME(RParen);
    if (fn === undefined) return PLACEHOLDER;
    this.depth--;
    if (!acceptsArity(name.image, fn, args.length)) this.fail(arityMessage(name.image, fn), name.startOffset);
    // A row's own limits on its arguments (polygamma's literal order), reported at the first argument.
    const refusal = FUNCTIONS[fn].checkArguments?.(args);
    if (refusal !== undefined) this.fail(refusal, first.startOffset);
    return callNode(fn, args);
  }

  private openCall(name: IToken, open: IToken): FunctionName {
    const fn = functionNamed(name.image) ?? this.fail(notAFunction(name.image), name.startOffset);
    this.enter(open);
    if (this.LA(1).tokenType === RParen) this.fail(arityMessage(name.image, fn), name.startOffset);
    return fn;
  }

  private name(): Expr {
    const name = this.CONSUME(Identifier);
    if (this.recording) return PLACEHOLDER;
    if (functionNamed(name.image) !== undefined) {
      this.fail(`expected '(' after '${name.image}'`, this.offsetOf(this.LA(1)));
    }
    return nameValue(name.image);
  }

  private parenthesized(): Expr {
    const open = this.CONSUME2(LParen);
    if (!this.recording) this.enter(open);
    const inner = this.SUBRULE4(this.expression);
    this.CONSUME2(RParen);
    if (!this.recording) this.depth--;
    return inner;
  }

  /** Whether the expression goes on: after a binary operator, or with an implicit product. */
  private expressionContinues(): boolean {
    const next = this.LA(1).tokenType;
    if (next === Plus || next === Minus || next === Star || next === Slash) return true;
    const previous = this.LA(0).tokenType;
    if (isNumberToken(previous)) return next === Identifier || next === CallName || next === LParen;
    return previous === RParen && next === LParen;
  }

  /** True while Chevrotain records the grammar, when no node may be built (see ACTION). */
  private get recording(): boolean {
    return this.RECORDING_PHASE;
  }

  private enter(token: IToken): void {
    if (++this.depth > MAX_NESTING) this.fail(`nested deeper than ${MAX_NESTING} levels`, token.startOffset);
  }

  /** The offset of a token, or the end of the text for the end-of-input token (whose offset is NaN). */
  private offsetOf(token: IToken): number {
    return Number.isNaN(token.startOffset) ? this.source.length : token.startOffset;
  }

  private fail(reason: string, offset: number): never {
    throw new ParseError(reason, this.source, offset);
  }
}
