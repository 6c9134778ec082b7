import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import type { Lang } from '../data/types';
import { NO_HIGHLIGHT, type PanelActions } from './actions';
import DesignationsPanel from './DesignationsPanel.svelte';
import { financingModel } from './financing';
import FinancingPanel from './FinancingPanel.svelte';
import { patentBlocks } from './patents';
import PatentsPanel from './PatentsPanel.svelte';
import PlaceIndex from './PlaceIndex.svelte';
import PlaceProfile from './PlaceProfile.svelte';
import { planModel } from './plan';
import PlanPanel from './PlanPanel.svelte';
import { profileModel } from './profile';
import SourcesList from './SourcesList.svelte';

/**
 * Each panel rendered on the server to static markup and compared with a stored
 * snapshot. As in Observable Plot's snapshot tests, what is noise is removed
 * first: Svelte's hydration comments and scoped-style hashes, and floats are
 * rounded, so a diff shows a real change in what is drawn.
 */
function normalise(html: string): string {
  return html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/ ?\bsvelte-[a-z0-9]{4,}\b/g, '')
    .replace(/ class=""/g, '')
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/>\s*</g, '>\n<')
    .trim();
}

const actions: PanelActions = { source: () => {}, hover: () => {}, select: () => {} };
const common = { data: dataset, highlight: NO_HIGHLIGHT, actions };
const snap = (name: string) => `./__snapshots__/${name}.html`;

describe.each<Lang>(['zh', 'en'])('panel snapshots (%s)', (lang) => {
  it('financing, every figure grouped by kind', async () => {
    const { body } = render(FinancingPanel, {
      props: { ...common, lang, model: financingModel(dataset, false), comparable: false, oncomparable: () => {} },
    });
    await expect(normalise(body)).toMatchFileSnapshot(snap(`financing.${lang}`));
  });

  it('financing, comparable figures only, ranked', async () => {
    const { body } = render(FinancingPanel, {
      props: { ...common, lang, model: financingModel(dataset, true), comparable: true, oncomparable: () => {} },
    });
    await expect(normalise(body)).toMatchFileSnapshot(snap(`financing-comparable.${lang}`));
  });

  it.each(['absolute', 'per-capita'] as const)('patents, %s', async (measure) => {
    const { body } = render(PatentsPanel, {
      props: {
        ...common,
        lang,
        blocks: patentBlocks(dataset, measure, false),
        measure,
        comparable: false,
        onmeasure: () => {},
        oncomparable: () => {},
      },
    });
    await expect(normalise(body)).toMatchFileSnapshot(snap(`patents-${measure}.${lang}`));
  });

  it.each([640, 360])('designations at %ipx', async (initialWidth) => {
    const { body } = render(DesignationsPanel, { props: { ...common, lang, initialWidth } });
    await expect(normalise(body)).toMatchFileSnapshot(snap(`designations-${initialWidth}.${lang}`));
  });

  it('plan targets', async () => {
    const { body } = render(PlanPanel, { props: { ...common, lang, model: planModel(dataset) } });
    await expect(normalise(body)).toMatchFileSnapshot(snap(`plan.${lang}`));
  });

  it('a city’s profile', async () => {
    const { body } = render(PlaceProfile, {
      props: { data: dataset, actions, lang, model: profileModel(dataset, 'ningbo')!, onclose: () => {}, onfocusplace: () => {} },
    });
    await expect(normalise(body)).toMatchFileSnapshot(snap(`profile-ningbo.${lang}`));
  });

  it('the overview and the sources', async () => {
    await expect(normalise(render(PlaceIndex, { props: { ...common, lang } }).body)).toMatchFileSnapshot(snap(`overview.${lang}`));
    await expect(normalise(render(SourcesList, { props: { data: dataset, actions, lang } }).body)).toMatchFileSnapshot(
      snap(`sources.${lang}`),
    );
  });
});

describe('normalise', () => {
  it('drops hydration comments and style hashes and rounds floats', () => {
    expect(normalise('<rect class="bar svelte-1x2y3z" width="73.0012345%"/><!--[--><b>x</b>')).toBe(
      '<rect class="bar" width="73%"/>\n<b>x</b>',
    );
  });
});
