import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

// Evaluated through the DevTools protocol rather than a <script> tag, so the app's CSP stays on.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Runs axe-core in the page (or frame) and returns its serious and critical violations. */
export async function seriousViolations(target: Page | Frame, selector?: string): Promise<AxeViolation[]> {
  await target.evaluate(axeSource);
  return target.evaluate(async (context) => {
    type Axe = {
      run: (
        ctx: unknown,
        opts: unknown,
      ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, selector ?? null);
}
