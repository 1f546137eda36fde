// Decimal text the way Intl.NumberFormat writes it for zh-CN and en-US (ASCII digits, "." and "," groups of three),
// without Intl: the first Intl object a page makes loads ICU's locale data, about 30 ms at full speed, which
// stood on the way to the first chart. Rounding is half away from zero on the shortest decimal that reads back as
// the same double (String(value)), as ICU does: 1.005 to two places is 1.01, although 1.005 is stored as
// 1.00499…. A test checks this against Intl.NumberFormat on many values and every option used.

export interface DecimalOptions {
  /** Fraction digits always written (default 0). */
  minimumFractionDigits?: number;
  /** Fraction digits at most (default 3, as Intl); ignored when maximumSignificantDigits is given. */
  maximumFractionDigits?: number;
  /** Significant digits at most; trailing zeros of the fraction dropped. */
  maximumSignificantDigits?: number;
  /** Groups of three in the integer part (default true, as Intl). */
  useGrouping?: boolean;
}

/** The digits of |value| (no leading zeros, at least one digit) and where the decimal point is. */
interface Digits {
  digits: string;
  /** The number of digits before the decimal point; may be <= 0 (0.00123: digits "123", point -2). */
  point: number;
}

/** The shortest decimal that reads back as |value|, as digits and point (String() may use an exponent). */
function shortestDigits(value: number): Digits {
  const text = String(Math.abs(value));
  const [mantissa = '0', exponent = '0'] = text.split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading) || '0';
  return { digits, point: whole.length + Number(exponent) - leading };
}

/** Keeps `keep` digits (counted from the first), rounding half away from zero; may carry into a new first digit. */
function roundDigits({ digits, point }: Digits, keep: number): Digits {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: '0', point: 1 };
  const up = digits.charCodeAt(keep) >= 53; // '5'
  let kept = digits.slice(0, keep);
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i -= 1;
    if (i < 0) return { digits: `1${'0'.repeat(kept.length)}`, point: point + 1 };
    kept = `${kept.slice(0, i)}${String.fromCharCode(kept.charCodeAt(i) + 1)}${'0'.repeat(kept.length - i - 1)}`;
  }
  return kept === '' ? { digits: '0', point: 1 } : { digits: kept, point };
}

/** Positional text of digits and point: integer part, fraction part (without trailing zeros beyond `minFraction`). */
function positional({ digits, point }: Digits, minFraction: number): [string, string] {
  const integer = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  let fraction = point >= digits.length ? '' : point < 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  fraction = fraction.replace(/0+$/, '');
  return [integer.replace(/^0+(?=\d)/, ''), fraction.padEnd(minFraction, '0')];
}

function grouped(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

const intlFormats = new Map<string, Intl.NumberFormat>();

/** Values String() writes in other ways (±Infinity, NaN, 1e21 and up): Intl itself, made only then. */
function intlFallback(value: number, options: DecimalOptions): string {
  const key = JSON.stringify(options);
  let format = intlFormats.get(key);
  if (!format) intlFormats.set(key, (format = new Intl.NumberFormat('en-US', options)));
  return format.format(value);
}

/** `value` as Intl.NumberFormat('zh-CN' or 'en-US', options) writes it. */
export function formatDecimal(value: number, options: DecimalOptions = {}): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return intlFallback(value, options);
  const { minimumFractionDigits = 0, maximumSignificantDigits, useGrouping = true } = options;
  const maximumFractionDigits = Math.max(options.maximumFractionDigits ?? 3, minimumFractionDigits);
  const exact = shortestDigits(value);
  const zero = exact.digits === '0';
  const rounded = zero
    ? exact
    : maximumSignificantDigits === undefined
      ? roundDigits(exact, exact.point + maximumFractionDigits)
      : roundDigits(exact, maximumSignificantDigits);
  const [integer, fraction] = positional(rounded, maximumSignificantDigits === undefined ? minimumFractionDigits : 0);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${useGrouping ? grouped(integer) : integer}${fraction ? `.${fraction}` : ''}`;
}
