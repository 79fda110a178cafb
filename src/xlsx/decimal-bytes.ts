/** Powers of ten a double holds exactly. */
const EXACT_POWERS = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];
/**
 * Every integer up to 2^53 = 9007199254740992 is a double: a mantissa may take one more digit d
 * while it is below this tenth of it, or equal to it with d at most 2.
 */
const MANTISSA_TENTH = 900719925474099;

/**
 * The number written in ASCII from `bytes[start, end)`, read without making a string, or NaN
 * when it is not written in the plain form this reads: an optional sign, digits with at most one
 * point, an optional exponent, nothing else (no spaces), at most 2^53 as digits without the point
 * and a power of ten up to 1e22 either way. Such a number is the mantissa times or divided by an
 * exact power of ten: one correctly rounded operation on two exact doubles, so the result is the
 * nearest double, the one parseFloat gives (the fast path of Clinger's algorithm). Anything else
 * (NaN here) is left to parseFloat.
 */
export function plainDecimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  const sign = bytes[i];
  if (sign === 45 /* - */) {
    negative = true;
    i++;
  } else if (sign === 43 /* + */) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let inexact = false;
  for (; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    if (mantissa >= MANTISSA_TENTH && (mantissa > MANTISSA_TENTH || d > 2)) inexact = true;
    else mantissa = mantissa * 10 + d;
    digits++;
  }
  if (i < end && bytes[i] === 46 /* . */) {
    for (i++; i < end; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      if (mantissa >= MANTISSA_TENTH && (mantissa > MANTISSA_TENTH || d > 2)) inexact = true;
      else mantissa = mantissa * 10 + d;
      digits++;
      scale--;
    }
  }
  // More digits than a double holds exactly: parseFloat rounds them.
  if (digits === 0 || inexact) return NaN;
  if (i < end && (bytes[i] | 32) === 101 /* e */) {
    i++;
    let exponentNegative = false;
    const exponentSign = bytes[i];
    if (exponentSign === 45) {
      exponentNegative = true;
      i++;
    } else if (exponentSign === 43) i++;
    const exponentStart = i;
    let exponent = 0;
    for (; i < end && i - exponentStart < 4; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      exponent = exponent * 10 + d;
    }
    if (i === exponentStart) return NaN;
    scale += exponentNegative ? -exponent : exponent;
  }
  if (i !== end) return NaN;
  let value: number;
  if (scale === 0) value = mantissa;
  else if (scale > 0 && scale < EXACT_POWERS.length) value = mantissa * EXACT_POWERS[scale];
  else if (scale < 0 && -scale < EXACT_POWERS.length) value = mantissa / EXACT_POWERS[-scale];
  else return NaN;
  return negative ? -value : value;
}
