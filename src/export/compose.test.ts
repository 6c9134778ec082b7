import { describe, expect, it } from 'vitest';
import { compose, compositionSvg, esc, estimateMeasure as measure, MARGIN, tokens, wrap, type CompositionInput } from './compose';

const input: CompositionInput = {
  lang: 'zh',
  title: '知识产权质押融资金额',
  subtitle: '单位：亿元。各地数字的时期和口径不同：全年、年内部分时期、多年累计、规划目标和推算值分组显示，组与组之间不能直接比较。',
  sourcesLabel: '资料来源：',
  sources: ['消费质量报《成都知识产权高质量发展实现6个“新突破”》（2023-11）', '昆明日报《昆明市以知识产权赋能高质量发展》（2022-04-26）'],
  credit: '知识产权城市图谱 · 导出于 2024-05-01',
  qr: null,
  content: { width: 640, height: 420 },
};

const bottom = (c: ReturnType<typeof compose>) => Math.max(...c.lines.map((l) => l.y), c.qr ? c.qr.y + c.qr.height : 0);

describe('compose', () => {
  it('puts the title and subtitle above the chart, and the sources and credit below it, inside the margins', () => {
    const c = compose(input, measure);
    expect(c.width).toBe(640 + 2 * MARGIN);
    expect(c.content).toEqual({ x: MARGIN, y: c.content.y, width: 640, height: 420 });
    const title = c.lines.find((l) => l.text === input.title)!;
    expect(title.font.size).toBeGreaterThan(c.lines.find((l) => l.ink === 'ink2')!.font.size);
    expect(title.y).toBeLessThan(c.content.y);
    const below = c.lines.filter((l) => l.y > c.content.y + c.content.height);
    expect(below[0]!.lead).toBe('资料来源：');
    expect(below.at(-1)!.text).toBe(input.credit);
    expect(c.rule.y).toBeGreaterThan(c.content.y + c.content.height);
    expect(c.height - bottom(c)).toBeGreaterThanOrEqual(MARGIN - 8);
    for (const l of c.lines)
      expect(l.x + measure(l.text, l.font) + (l.lead ? measure(l.lead, { ...l.font, weight: 700 }) : 0)).toBeLessThanOrEqual(
        c.width - MARGIN + 0.01,
      );
  });

  it('gives a narrow chart (a phone’s) a frame wide enough for the title, with the chart in the middle', () => {
    const c = compose({ ...input, content: { width: 300, height: 500 } }, measure);
    expect(c.width).toBe(360 + 2 * MARGIN);
    expect(c.content.width).toBe(300);
    expect(c.content.x - MARGIN).toBe(c.width - MARGIN - (c.content.x + c.content.width));
  });

  it('places the QR code bottom right, with its caption under it, clear of the source lines', () => {
    const c = compose({ ...input, qr: { path: 'M4 4h1v1h-1z', extent: 29, caption: '扫码打开此视图' } }, measure);
    const qr = c.qr!;
    expect(qr.x + qr.width).toBe(c.width - MARGIN);
    expect(qr.y).toBeGreaterThan(c.rule.y);
    const caption = c.lines.find((l) => l.text === '扫码打开此视图')!;
    expect(caption.y).toBeGreaterThan(qr.y + qr.height);
    for (const l of c.lines.filter((l) => l.y > c.rule.y && l !== caption)) {
      expect(l.x + measure(l.text, l.font) + (l.lead ? measure(l.lead, { ...l.font, weight: 700 }) : 0)).toBeLessThan(qr.x);
    }
    expect(c.height).toBeGreaterThan(caption.y);
  });

  it('wraps a long English title onto several lines within the width', () => {
    const title = 'Pidu District’s 14th Five-Year Plan: 13 main indicators, from the end-2020 actual to the 2025 target';
    const c = compose({ ...input, lang: 'en', title, content: { width: 420, height: 100 } }, measure);
    const titleLines = c.lines.filter((l) => l.font.size === 24);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.map((l) => l.text).join(' ')).toBe(title);
  });

  it('fills a fixed social frame exactly: the foot at the bottom, the chart centred in the space above', () => {
    const natural = compose({ ...input, content: { width: 500, height: 200 } }, measure);
    const c = compose(
      { ...input, content: { width: 500, height: 200 }, frame: { width: 800, height: 450 + natural.height - 200 } },
      measure,
    );
    expect(c.width).toBe(800);
    expect(c.height).toBe(450 + natural.height - 200);
    const spare = c.height - natural.height;
    expect(c.content.y).toBe(natural.content.y + Math.floor(spare / 2));
    expect(c.rule.y).toBe(natural.rule.y + spare);
    expect(c.lines.at(-1)!.y).toBe(natural.lines.at(-1)!.y + spare);
    expect(c.lines[0]).toEqual(natural.lines[0]);
    expect(c.content.x - MARGIN).toBe(c.width - MARGIN - (c.content.x + c.content.width));
  });

  it('keeps an article frame’s width and lets its height follow the chart', () => {
    const c = compose({ ...input, content: { width: 536, height: 300 }, frame: { width: 600, height: null } }, measure);
    expect(c.width).toBe(600);
    expect(c.height).toBe(compose({ ...input, content: { width: 536, height: 300 } }, measure).height);
  });
});

describe('wrap', () => {
  const font = { size: 12, weight: 400 };

  it('never starts a Chinese line with closing punctuation', () => {
    const text = '各地数字的时期和口径不同，全年、年内部分时期、多年累计、规划目标和推算值分组显示，组与组之间不能直接比较。';
    for (let width = 60; width < 400; width += 7) {
      for (const line of wrap(text, width, font, measure, 'zh')) expect(line).not.toMatch(/^[，。、；：）》”]/);
    }
  });

  it('keeps every character, in order', () => {
    const text = '成都市郫都区“十四五”知识产权保护和运用规划（修订征求意见稿）';
    expect(wrap(text, 80, font, measure, 'zh').join('')).toBe(text);
  });

  it('breaks English between words, and splits a word only when it is longer than a line', () => {
    expect(wrap('Consumer Quality News: Chengdu achieves six breakthroughs', 120, font, measure, 'en')).toEqual([
      'Consumer Quality',
      'News: Chengdu',
      'achieves six',
      'breakthroughs',
    ]);
    const long = wrap('ip-atlas.example/?v=1&panel=financing&places=chengdu~hangzhou', 60, font, measure, 'en');
    expect(long.join('')).toBe('ip-atlas.example/?v=1&panel=financing&places=chengdu~hangzhou');
    for (const line of long) expect(measure(line, font)).toBeLessThanOrEqual(60);
  });

  it('leaves room for a lead-in on the first line', () => {
    const [first, second] = wrap('昆明日报《昆明市以知识产权赋能高质量发展》', 150, font, measure, 'zh', 60);
    expect(measure(first!, font)).toBeLessThanOrEqual(90);
    expect(second).toBeDefined();
  });
});

describe('tokens', () => {
  it('keeps opening quotes with the word after them and closing ones with the word before', () => {
    const t = tokens('实现6个“新突破”。', 'zh');
    expect(t.some((x) => x.startsWith('“'))).toBe(true);
    expect(t.every((x) => !/^[”。]/.test(x))).toBe(true);
  });
});

describe('compositionSvg', () => {
  it('is one standalone SVG with the title, the fonts named, and nothing from outside', () => {
    const c = compose({ ...input, qr: { path: 'M4 4h1v1h-1z', extent: 29, caption: '扫码' } }, measure);
    const svg = compositionSvg(
      c,
      { bg: '#fbfaf7', ink: '#1b1d21', ink2: '#4a4f57', ink3: '#6b7079', rule: '#dedad2' },
      '"Noto Sans CJK SC", sans-serif',
      { body: '<rect width="10" height="10"/>', defs: '<pattern id="p"/>' },
      input.title,
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${c.width}" height="${c.height}"`);
    expect(svg).toContain('font-family="&quot;Noto Sans CJK SC&quot;, sans-serif"');
    expect(svg).toContain(`<title>${input.title}</title>`);
    expect(svg).toContain('<tspan font-weight="700" fill="#1b1d21">资料来源：</tspan>');
    expect(svg).toContain('<defs><pattern id="p"/></defs>');
    expect(svg).toContain('<path d="M4 4h1v1h-1z" fill="#000000"/>');
    expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });

  it('escapes markup in the text', () => {
    expect(esc('A < B & "C" > D')).toBe('A &lt; B &amp; &quot;C&quot; &gt; D');
  });
});
