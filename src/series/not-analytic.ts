// The signal that a series does not exist at the point (a pole, a branch point, a kink): thrown deep
// in the arithmetic, caught by the driver at the input node it belongs to, and reported there as an
// InvalidArgumentError naming that node's function or operator.

export class NotAnalytic extends Error {
  override readonly name = 'NotAnalytic';
  constructor() {
    super('no Taylor series at this point');
  }
}
