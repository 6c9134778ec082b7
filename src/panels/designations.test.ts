import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { holdingDate } from '../data/dates';
import { designationMatrix } from './designations';

describe('designationMatrix', () => {
  const matrix = designationMatrix(dataset);
  const holdings = dataset.designations.reduce((n, d) => n + d.holders.length, 0);

  it('has a column per city and a cell entry for every holding, titles in the matrix and the rest apart', () => {
    expect(matrix.cities.map((c) => c.id)).toEqual(['chengdu', 'kunming', 'guangzhou', 'hangzhou', 'ningbo']);
    const entries = (rows: { cells: Record<string, unknown[]> }[]) => rows.reduce((n, r) => n + Object.values(r.cells).flat().length, 0);
    const inMatrix = entries(matrix.sections.flatMap((s) => s.rows));
    const apart = entries(matrix.others.flatMap((g) => g.rows));
    expect(inMatrix + apart).toBe(holdings);
    expect(matrix.sections.flatMap((s) => s.rows).every((r) => r.designation.type === 'title')).toBe(true);
  });

  it('never puts a typical case, an honour, a platform or an approval to prepare among the titles', () => {
    expect(matrix.others.map((g) => g.type)).toEqual(['case', 'honour', 'platform', 'preparation']);
    const ids = matrix.others.flatMap((g) => g.rows.map((r) => r.designation.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'ip-pledge-insurance-typical-case',
        'national-ip-advanced-collective',
        'magnetic-materials-ip-operation-centre',
        'tisc-centre',
      ]),
    );
  });

  it('lists the reform pilot once, under the Knowledge City that holds it, not again under the zone around it', () => {
    const pilot = matrix.sections.flatMap((s) => s.rows).find((r) => r.designation.id === 'ip-comprehensive-reform-pilot')!;
    expect(pilot.cells.guangzhou!.map((h) => h.place)).toEqual(['gz-knowledge-city']);
  });

  it('lists national titles before provincial ones, grouped by kind', () => {
    const levels = matrix.sections.map((s) => s.level);
    expect(levels.indexOf('provincial')).toBeGreaterThan(levels.lastIndexOf('national'));
    expect(matrix.sections[0]!.kind).toBe('strong-city');
  });

  it('shows Binjiang’s title under Hangzhou and Kunming’s four districts under Kunming', () => {
    const rows = matrix.sections.flatMap((s) => s.rows);
    const cluster = rows.find((r) => r.designation.id === 'ip-service-cluster-demo')!;
    expect(cluster.cells.hangzhou!.map((h) => h.place)).toEqual(['binjiang']);
    expect(cluster.cells.chengdu!.map((h) => h.place)).toEqual(['cd-hitech']);
    const county = rows.find((r) => r.designation.id === 'ip-strong-county')!;
    expect(county.cells.kunming!.map((h) => h.place)).toEqual(['guandu', 'xishan', 'chenggong', 'anning']);
  });
});

describe('holdingDate', () => {
  it('writes the year and month in each language and says when only a year it was held by is known', () => {
    const at = (h: Partial<Parameters<typeof holdingDate>[0]>) => ({ place: 'x', source: { file: 'f', quote: 'q' }, ...h });
    expect(holdingDate(at({ year: 2023, month: 4 }), 'zh')).toBe('2023年4月');
    expect(holdingDate(at({ year: 2016, month: 7 }), 'en')).toBe('Jul 2016');
    expect(holdingDate(at({ heldBy: 2023 }), 'zh')).toBe('截至2023年');
    expect(holdingDate(at({ heldBy: 2023 }), 'en')).toBe('by 2023');
  });
});
