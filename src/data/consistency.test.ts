import { describe, expect, it } from 'vitest';
import { checkConsistency, type Finding } from './consistency';
import { dataset } from './dataset';
import type { Caveat, Dataset } from './types';

const findings = checkConsistency(dataset);
const discrepancies = findings.filter((f) => f.status !== 'consistent');

function caveatsOf(data: Dataset, id: string): Caveat[] {
  return data.observations.find((o) => o.id === id)?.caveats ?? [];
}

/** What is wrong with how a finding is annotated in the data, or nothing. */
function unannotated(data: Dataset, finding: Finding): string[] {
  if (finding.status === 'consistent') return [];
  const kinds = finding.status === 'inconsistent' ? ['inconsistent'] : ['ambiguous', 'approximate'];
  return finding.subjects.flatMap((id) => {
    const caveat = caveatsOf(data, id).find((c) => c.check === finding.check);
    if (!caveat)
      return [
        `${id} needs a caveat for ${finding.check} (${finding.status}): ${finding.arithmetic.en}; records: ${finding.records.join(', ')}`,
      ];
    if (!kinds.includes(caveat.kind)) return [`${id}: a ${finding.status} finding is not "${caveat.kind}"`];
    if (JSON.stringify(caveat.arithmetic) !== JSON.stringify(finding.arithmetic))
      return [
        `${id}: the caveat's arithmetic "${caveat.arithmetic?.en}" is not what ${finding.check} computes: "${finding.arithmetic.en}"`,
      ];
    return [];
  });
}

describe('the consistency engine over the bundled dataset', () => {
  it('lists what the seeds’ own figures imply, and every discrepancy it finds', () => {
    console.info(
      `${findings.length} relations recomputed; ${discrepancies.length} discrepancies:\n` +
        discrepancies.map((f) => `  ${f.status.padEnd(12)} ${f.check}: ${f.arithmetic.en}`).join('\n'),
    );
    expect(findings.length).toBeGreaterThanOrEqual(30);
    expect(discrepancies.map((f) => [f.check, f.status])).toEqual([
      ['chengdu-high-value-share', 'inconsistent'],
      ['chengdu-valid-invention-annual-growth', 'reading'],
      ['chengdu-implied-population', 'inconsistent'],
      ['gzdz-provincial-demo-firms-share', 'reading'],
      ['conflict:hangzhou-high-value-transfers-2023', 'inconsistent'],
    ]);
  });

  it('finds every discrepancy annotated in the data with a caveat that carries its arithmetic', () => {
    expect(findings.flatMap((f) => unannotated(dataset, f))).toEqual([]);
  });

  it('has no caveat that names a check which finds nothing wrong', () => {
    const flagged = new Set(discrepancies.map((f) => f.check));
    const stale = dataset.observations.flatMap((o) =>
      (o.caveats ?? []).filter((c) => c.check && !flagged.has(c.check)).map((c) => `${o.id}: ${c.check}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('checkConsistency', () => {
  const planted = (mutate: (d: Dataset) => void): Finding[] => {
    const data = structuredClone(dataset);
    mutate(data);
    return checkConsistency(data).flatMap((f) => (f.status === 'consistent' ? [] : [f]));
  };
  const set = (d: Dataset, id: string, value: number) => {
    d.observations.find((o) => o.id === id)!.value = value;
  };

  it('catches parts that no longer add up, naming the total, its parts and the sum', () => {
    const found = planted((d) => set(d, 's000-chengdu-china-patent-silver-awards-since-2021', 4));
    const sum = found.find((f) => f.check === 'chengdu-china-patent-awards-by-class')!;
    expect(sum.status).toBe('inconsistent');
    expect(sum.records).toContain('s000-chengdu-china-patent-awards-since-2021');
    expect(sum.records).toContain('s000-chengdu-china-patent-silver-awards-since-2021');
    expect(sum.arithmetic.en).toBe('2 + 4 + 55 + 1 + 1 + 4 = 67; stated: 66');
    expect(unannotated(structuredClone(dataset), sum)).toHaveLength(1);
  });

  it('catches a share its part and whole do not give', () => {
    const found = planted((d) => set(d, 's000-chengdu-china-patent-awards-all-time', 146));
    expect(found.find((f) => f.check === 'chengdu-china-patent-awards-share')?.arithmetic.en).toBe('66 ÷ 146 = 45.2%; stated: 48.5%');
  });

  it('catches a growth rate its two ends do not give', () => {
    const found = planted((d) => set(d, 's000-chengdu-invention-patents-per-10k-2020-12', 31.2));
    expect(found.find((f) => f.check === 'chengdu-per-10k-growth')?.status).toBe('inconsistent');
  });

  it('catches a part larger than its whole and a ranking out of order', () => {
    const found = planted((d) => {
      set(d, 's003-gzdz-exchange-centre-ip-pledge-amount-2021', 60);
      set(d, 's004-hz-ip-pledge-amount-2023', 400);
    });
    expect(found.map((f) => f.check)).toEqual(expect.arrayContaining(['gz-exchange-centre-amount', 'ningbo-first-sub-provincial-pledge']));
  });

  it('reads a stated conflict as consistent when rounding or a qualifier covers it', () => {
    const conflicts = findings.filter((f) => f.kind === 'conflict' && f.status === 'consistent').map((f) => f.arithmetic.en);
    expect(conflicts).toEqual(expect.arrayContaining(['52.6 ≈ 52.62', '394.11 ≈ ~400', '> 400 ≈ 468']));
  });
});
