import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { financingModel } from './financing';
import { figureCount } from './rows';

const financing = dataset.observations.filter((o) => dataset.indicators.find((i) => i.id === o.indicator)?.category === 'financing');

describe('financingModel', () => {
  const model = financingModel(dataset, false);

  it('shows every financing figure in the seeds exactly once', () => {
    const shown =
      figureCount(model.pledge) + model.growth.length + model.ranks.length + model.instruments.reduce((n, t) => n + t.items.length, 0);
    expect(shown).toBe(financing.length);
  });

  it('keeps growth rates off the money axis', () => {
    expect(model.growth.map((o) => o.value).sort((a, b) => a - b)).toEqual([30, 30, 64.59, 139]);
    expect(model.pledge.groups.flatMap((g) => g.rows).every((r) => r.growth.length === 0)).toBe(true);
  });

  it('files securitisation, insurance and the rest under their themes', () => {
    expect(model.instruments.map((t) => t.theme)).toEqual(['pledge', 'securitisation', 'insurance', 'other']);
    expect(model.instruments.find((t) => t.theme === 'insurance')!.items.map((o) => [o.indicator, o.place])).toEqual([
      ['ip-insurance-coverage', 'gz-devzone'],
      ['ip-insurance-coverage', 'ningbo'],
      ['ip-insurance-insured-firm-times', 'gz-devzone'],
    ]);
  });

  it('ranks only like-for-like figures when asked to', () => {
    const comparable = financingModel(dataset, true);
    expect(comparable.pledge.groups.flatMap((g) => g.rows).map((r) => [r.place.id, r.rank])).toEqual([
      ['ningbo', 1],
      ['hangzhou', 2],
    ]);
    expect(comparable.comparison!.excluded.length).toBe(dataset.observations.filter((o) => o.indicator === 'ip-pledge-amount').length - 2);
    expect(model.comparison).toBeNull();
  });
});
