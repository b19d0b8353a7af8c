// The parser's one door to Chevrotain.
//
// Chevrotain's package entry loads about 700 small modules (lodash-es, one file per function), which
// takes half a second at every start of the command line. The build (scripts/postbuild.mjs) points
// this door, in `dist` only, at Chevrotain's own single-file ES module bundle of the same installed
// version, copied to `dist/vendor`, which loads in a fifth of that. The sources and the tests that
// import them use the package entry.

export { createToken, EmbeddedActionsParser, EOF, Lexer } from 'chevrotain';
export type { ILexingError, IOrAlt, IRecognitionException, IToken, TokenType } from 'chevrotain';
