import { describe, expect, it } from 'vitest';
import { asciiSlug, exportFileName, localDate } from './filename';

describe('exportFileName', () => {
  const day = new Date(2024, 4, 1, 23, 30);

  it('names the app, the chart and the local date', () => {
    expect(exportFileName('financing', 'png', day)).toBe('ip-atlas_financing_2024-05-01.png');
    expect(exportFileName('financing-pledge', 'csv', day)).toBe('ip-atlas_financing-pledge_2024-05-01.csv');
    expect(exportFileName('map-ip-pledge-amount', 'svg', day)).toBe('ip-atlas_map-ip-pledge-amount_2024-05-01.svg');
  });

  it('names an image’s size when it is not the screen’s, and a part of a split image', () => {
    expect(exportFileName('map', 'png', day, '2x')).toBe('ip-atlas_map_2024-05-01_2x.png');
    expect(exportFileName('map', 'png', day, 'article')).toBe('ip-atlas_map_2024-05-01_article.png');
    expect(exportFileName('pledge', 'png', day, 'wide-1of3')).toBe('ip-atlas_pledge_2024-05-01_wide-1of3.png');
    expect(exportFileName('map', 'svg', day, '2x')).toBe('ip-atlas_map_2024-05-01.svg');
  });

  it('keeps names ASCII whatever the stem holds', () => {
    const name = exportFileName('融资 Financing/“Pledge”', 'png', day);
    expect(name).toBe('ip-atlas_financing-pledge_2024-05-01.png');
    expect(/^[\x21-\x7e]+$/.test(name)).toBe(true);
    expect(exportFileName('成都', 'csv', day)).toBe('ip-atlas_view_2024-05-01.csv');
  });
});

describe('localDate', () => {
  it('uses the local calendar day and pads month and day', () => {
    expect(localDate(new Date(2023, 0, 9, 0, 5))).toBe('2023-01-09');
    expect(localDate(new Date(2023, 11, 31, 23, 59))).toBe('2023-12-31');
  });
});

describe('asciiSlug', () => {
  it('folds accents and collapses separators', () => {
    expect(asciiSlug('  Café — Überblick  ')).toBe('cafe-uberblick');
    expect(asciiSlug('patents-valid-invention-patents')).toBe('patents-valid-invention-patents');
  });
});
