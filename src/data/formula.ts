/**
 * Evaluates the arithmetic in a derived observation's `formula`, so a test can
 * redo every derivation. Grammar: numbers (with an optional % suffix meaning
 * ÷100), + − - × * ÷ /, and parentheses. Anything else is an error.
 */
export function evaluateFormula(formula: string): number {
  return evaluate(formula, (n) => [n.value, n.value])[0];
}

/**
 * The lowest and highest values a formula can take when its rounded numbers
 * are anywhere inside their rounding: a number with decimals or a % sign is
 * rounded at its last digit (3.2 stands for 3.15–3.25, 139% for 138.5–139.5%);
 * a whole number without % is exact (a count such as 15786).
 */
export function formulaRange(formula: string): [number, number] {
  return evaluate(formula, (n) => {
    if (!n.rounded) return [n.value, n.value];
    const half = 0.5 * 10 ** -n.decimals * (n.percent ? 0.01 : 1);
    return [n.value - half, n.value + half];
  });
}

type Interval = [number, number];

interface NumberToken {
  value: number;
  decimals: number;
  percent: boolean;
  rounded: boolean;
}

type Token = NumberToken | '+' | '-' | '*' | '/' | '(' | ')';

function evaluate(formula: string, literal: (n: NumberToken) => Interval): Interval {
  const tokens = tokenize(formula);
  let pos = 0;

  const peek = () => tokens[pos];
  const next = () => tokens[pos++];

  function expression(): Interval {
    let value = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const rhs = term();
      value = op === '+' ? [value[0] + rhs[0], value[1] + rhs[1]] : [value[0] - rhs[1], value[1] - rhs[0]];
    }
    return value;
  }

  function term(): Interval {
    let value = factor();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const rhs = factor();
      value = op === '*' ? span(value, rhs, (a, b) => a * b) : span(value, rhs, (a, b) => a / b);
    }
    return value;
  }

  function factor(): Interval {
    const token = next();
    if (token === '-') {
      const [lo, hi] = factor();
      return [-hi, -lo];
    }
    if (token === '(') {
      const value = expression();
      if (next() !== ')') throw new Error(`missing ")" in formula "${formula}"`);
      return value;
    }
    if (typeof token === 'object') return literal(token);
    throw new Error(`unexpected ${token === undefined ? 'end' : `"${token}"`} in formula "${formula}"`);
  }

  const value = expression();
  if (pos !== tokens.length) throw new Error(`unexpected "${String(describeToken(tokens[pos]))}" in formula "${formula}"`);
  return value;
}

function span(a: Interval, b: Interval, op: (x: number, y: number) => number): Interval {
  const values = [op(a[0], b[0]), op(a[0], b[1]), op(a[1], b[0]), op(a[1], b[1])];
  return [Math.min(...values), Math.max(...values)];
}

function describeToken(token: Token | undefined): string {
  return typeof token === 'object' ? String(token.value) : String(token);
}

const OPERATORS: Record<string, Exclude<Token, NumberToken>> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
  '(': '(',
  ')': ')',
  '（': '(',
  '）': ')',
};

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.(\d+))?)(%?)|(.))/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(formula)) !== null) {
    if (match[0].trim() === '') break;
    const [, digits, fraction, percent, other] = match;
    if (digits !== undefined) {
      const decimals = fraction?.length ?? 0;
      const isPercent = percent === '%';
      const n = Number(digits);
      tokens.push({ value: isPercent ? n / 100 : n, decimals, percent: isPercent, rounded: isPercent || decimals > 0 });
    } else {
      const op = other === undefined ? undefined : OPERATORS[other];
      if (!op) throw new Error(`unexpected "${other}" in formula "${formula}"`);
      tokens.push(op);
    }
  }
  return tokens;
}
