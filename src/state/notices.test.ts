import { describe, expect, it } from 'vitest';
import { parseView } from './codec';
import { noticeHeading, noticeLine } from './notices';

const catalog = { places: new Set(['chengdu']), indicators: new Set(['ip-pledge-amount']) };

describe('URL notices in one line', () => {
  it('joins every reason with the clause mark of the language', () => {
    const { notices } = parseView('v=2&panel=nowhere&lang=en', catalog);
    expect(noticeLine(notices, 'en')).toBe(
      'Part of this link could not be read, so defaults are shown instead: link format version "v=2" is not recognised; it was read as version 1; unknown panel "nowhere"',
    );
    expect(noticeLine(notices, 'zh')).toMatch(/^链接中有部分参数无法识别，已按默认值显示：链接格式版本“v=2”无法识别，已按第 1 版读取；/);
  });

  it('gives the banner a heading that ends in the language’s colon', () => {
    expect(noticeHeading('zh').endsWith('：')).toBe(true);
    expect(noticeHeading('en').endsWith(': ')).toBe(true);
  });
});
