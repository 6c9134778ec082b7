import { describe, expect, it } from 'vitest';
import { shortPeriod } from './dates';

describe('a period in few words', () => {
  it.each([
    ['2023-10', '2023-10', '2023年10月', 'Oct 2023'],
    ['2023-01', '2023-12', '2023年', '2023'],
    ['2023-01', '2023-09', '2023年前三季度', 'Q1–Q3 2023'],
    ['2021-01', '2023-11', '2021—2023年', '2021–2023'],
    ['2024-01', '2024-03', '2024年一季度', 'Q1 2024'],
  ])('%s to %s reads “%s” and “%s”', (start, end, zh, en) => {
    expect(shortPeriod({ start, end }, 'zh')).toBe(zh);
    expect(shortPeriod({ start, end }, 'en')).toBe(en);
  });
});
