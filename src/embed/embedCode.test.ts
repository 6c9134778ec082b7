import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';
import { embedId } from './heightProtocol';

const options = {
  url: 'https://atlas.example/?v=1&embed=1&panel=financing&lang=zh',
  origin: 'https://atlas.example',
  title: 'IP 金融 "对比"',
  height: 520,
  width: null,
  fallback: { url: 'https://atlas.example/?panel=financing', text: '在 IP Atlas 中查看 <图表>' },
};

describe('embedCode', () => {
  it('writes exactly this responsive code: an escaped title, the id the embed computes for itself, the host script and a link without scripts', () => {
    expect(embedCode(options)).toBe(
      '<iframe id="ip-atlas-1mydmh4" src="https://atlas.example/?v=1&amp;embed=1&amp;panel=financing&amp;lang=zh" title="IP 金融 &quot;对比&quot;" width="100%" height="520" loading="lazy" frameborder="0" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n' +
        '<script src="https://atlas.example/embed.js" async></script>\n' +
        '<noscript><a href="https://atlas.example/?panel=financing">在 IP Atlas 中查看 &lt;图表&gt;</a></noscript>',
    );
    // EmbedApp reports its height under embedId(location.search): the same id.
    expect(embedCode(options)).toContain(`id="${embedId('?v=1&embed=1&panel=financing&lang=zh')}"`);
    expect(embedCode({ ...options, width: 640 })).toContain('width="640"');
  });

  it('leaves the script out of the fixed variant, which keeps the height it is given', () => {
    const code = embedCode({ ...options, variant: 'fixed', height: 811.6 });
    expect(code).not.toContain('<script');
    expect(code).toContain('height="812"');
    expect(code.startsWith('<iframe ') && code.endsWith('</iframe>')).toBe(true);
  });

  it('writes AMP’s resizable amp-iframe, with the overflow button AMP requires', () => {
    const code = embedCode({ ...options, variant: 'amp' });
    expect(code).toMatch(
      /^<amp-iframe src="https:\/\/atlas\.example\/\?v=1&amp;embed=1[^"]*" title="[^"]+" layout="fixed-height" height="520" sandbox="allow-scripts allow-same-origin[^"]*" resizable/,
    );
    expect(code).toContain('<button overflow type="button">');
    expect(code).not.toContain('<script');
  });
});
