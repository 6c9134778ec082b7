/**
 * Evaluates the arithmetic in a derived observation's `formula`, so a test can
 * redo every derivation. Grammar: numbers (with an optional % suffix meaning
 * ÷100), + − - × * ÷ /, and parentheses. Anything else is an error.
 */
export function evaluateFormula(formula: string): number {
  const tokens = tokenize(formula);
  let pos = 0;

  const peek = () => tokens[pos];
  const next = () => tokens[pos++];

  function expression(): number {
    let value = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const rhs = term();
      value = op === '+' ? value + rhs : value - rhs;
    }
    return value;
  }

  function term(): number {
    let value = factor();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const rhs = factor();
      value = op === '*' ? value * rhs : value / rhs;
    }
    return value;
  }

  function factor(): number {
    const token = next();
    if (token === '-') return -factor();
    if (token === '(') {
      const value = expression();
      if (next() !== ')') throw new Error(`missing ")" in formula "${formula}"`);
      return value;
    }
    if (typeof token === 'number') return token;
    throw new Error(`unexpected ${token === undefined ? 'end' : `"${token}"`} in formula "${formula}"`);
  }

  const value = expression();
  if (pos !== tokens.length) throw new Error(`unexpected "${tokens[pos]}" in formula "${formula}"`);
  return value;
}

type Token = number | '+' | '-' | '*' | '/' | '(' | ')';

const OPERATORS: Record<string, Token> = {
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
  const pattern = /\s*(?:(\d+(?:\.\d+)?)(%?)|(.))/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(formula)) !== null) {
    if (match[0].trim() === '') break;
    if (match[1] !== undefined) {
      const n = Number(match[1]);
      tokens.push(match[2] ? n / 100 : n);
    } else {
      const op = OPERATORS[match[3]!];
      if (!op) throw new Error(`unexpected "${match[3]}" in formula "${formula}"`);
      tokens.push(op);
    }
  }
  return tokens;
}
