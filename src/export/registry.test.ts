import { describe, expect, it } from 'vitest';
import { ExportRegistry } from './registry';

describe('ExportRegistry', () => {
  it('lists what every mounted source shows, each record once, and forgets a source when it goes', () => {
    const registry = new ExportRegistry();
    const removeMap = registry.add(() => ({
      targets: [
        { kind: 'observation', id: 'a' },
        { kind: 'missing', place: 'kunming', indicator: 'x' },
      ],
    }));
    registry.add(() => ({
      targets: [
        { kind: 'observation', id: 'a' },
        { kind: 'observation', id: 'b' },
      ],
    }));
    registry.add(() => null);
    expect(registry.targets()).toEqual([
      { kind: 'observation', id: 'a' },
      { kind: 'missing', place: 'kunming', indicator: 'x' },
      { kind: 'observation', id: 'b' },
    ]);
    removeMap();
    expect(registry.targets()).toEqual([
      { kind: 'observation', id: 'a' },
      { kind: 'observation', id: 'b' },
    ]);
  });
});
