import type { Unit } from './types';

/**
 * Does a quote state this value? Values are stored in one unit per indicator
 * (money in 亿元, counts as plain numbers), while the seeds write "7710万元",
 * "5.01万件", "292.0亿元", "1千人", "两家" or "第七". This lists the ways the
 * text may write a stored value and looks for one of them as a whole number.
 */
export function valueAppearsInQuote(value: number, unit: Unit, quote: string): boolean {
  return writtenForms(value, unit).some((form) => containsNumber(quote, form.text, form.suffix));
}

interface WrittenForm {
  text: string;
  /** A character that must follow, e.g. 万 after a scaled number. */
  suffix?: string;
}

function writtenForms(value: number, unit: Unit): WrittenForm[] {
  const forms: WrittenForm[] = decimalForms(value).map((text) => ({ text }));
  const scaled = (factor: number, suffix: string) => {
    for (const text of decimalForms(round(value * factor))) forms.push({ text, suffix });
  };
  if (unit === 'yi-yuan') {
    scaled(1e4, '万');
    scaled(1e-4, '万');
  } else if (unit === 'percent') {
    scaled(0.1, '成');
    if (value % 10 === 0 && value > 0 && value < 100) {
      for (const text of chineseNumerals(value / 10)) forms.push({ text, suffix: '成' });
    }
  } else {
    scaled(1e-4, '万');
    scaled(1e-3, '千');
    scaled(1e-8, '亿');
  }
  if (Number.isInteger(value) && value > 0 && value < 100) {
    for (const text of chineseNumerals(value)) forms.push({ text });
    if (value === 1) forms.push({ text: '首' });
  }
  return forms;
}

/** "292" also as "292.0" and "292.00"; "0.8" also as "0.80". */
function decimalForms(value: number): string[] {
  const forms = new Set<string>();
  for (let digits = 0; digits <= 6; digits++) {
    const text = value.toFixed(digits);
    if (Math.abs(Number(text) - value) < 1e-9) forms.add(text);
  }
  return [...forms];
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumerals(n: number): string[] {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const base = tens === 0 ? (DIGITS[ones] ?? '') : `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
  return n === 2 ? [base, '两'] : [base];
}

function containsNumber(quote: string, text: string, suffix?: string): boolean {
  let from = 0;
  for (;;) {
    const at = quote.indexOf(text, from);
    if (at < 0) return false;
    from = at + 1;
    const before = quote[at - 1] ?? '';
    const after = quote.slice(at + text.length);
    if (/[\d.]/.test(before)) continue;
    if (/^\d/.test(after) || /^\.\d/.test(after)) continue;
    if (/[一二两三四五六七八九十]/.test(text) && /[一二两三四五六七八九十]/.test(after[0] ?? '')) continue;
    // "3000多万元", "10余万件": an approximation word may stand between the number and its scale.
    if (suffix && !after.replace(/^[多余]/, '').startsWith(suffix)) continue;
    return true;
  }
}
