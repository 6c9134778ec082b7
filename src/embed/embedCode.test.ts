import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';
import { embedId } from './heightProtocol';

const options = {
  url: 'https://atlas.example/?v=1&embed=1&panel=financing&lang=zh',
  origin: 'https://atlas.example',
  title: 'IP 金融 "对比"',
  height: 520,
  width: null,
};

describe('embedCode', () => {
  it('pins the URL in an iframe and loads the host script from the app', () => {
    const code = embedCode(options);
    expect(code).toContain('src="https://atlas.example/?v=1&amp;embed=1&amp;panel=financing&amp;lang=zh"');
    expect(code).toContain('<script src="https://atlas.example/embed.js" async></script>');
    expect(code).toContain('height="520"');
    expect(code).toContain('width="100%"');
  });

  it('writes exactly this code for a view: an escaped title, and the id the embed computes for itself', () => {
    expect(embedCode(options)).toBe(
      '<iframe id="ip-atlas-1mydmh4" src="https://atlas.example/?v=1&amp;embed=1&amp;panel=financing&amp;lang=zh" title="IP 金融 &quot;对比&quot;" width="100%" height="520" loading="lazy" frameborder="0"></iframe>\n' +
        '<script src="https://atlas.example/embed.js" async></script>',
    );
    // EmbedApp reports its height under embedId(location.search): the same id.
    expect(embedCode(options)).toContain(`id="${embedId('?v=1&embed=1&panel=financing&lang=zh')}"`);
    expect(embedCode({ ...options, width: 640 })).toContain('width="640"');
  });
});
