import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';

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

  it('escapes the title and is stable for the same view', () => {
    expect(embedCode(options)).toContain('title="IP 金融 &quot;对比&quot;"');
    expect(embedCode(options)).toBe(embedCode({ ...options }));
    expect(embedCode({ ...options, width: 640 })).toContain('width="640"');
  });
});
