import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';

export declare const CLIP_BOX: [number, number, number, number];
export declare const MIN_WEIGHT: number;
export declare function clipRing(ring: [number, number][], box: [number, number, number, number]): [number, number][] | null;
export declare function clipLand(
  topology: Topology,
  box: [number, number, number, number],
  minWeight?: number,
): FeatureCollection<MultiPolygon>;
export declare function clipWater(
  topology: Topology,
  box: [number, number, number, number],
): {
  type: 'FeatureCollection';
  features: [Feature<MultiPolygon, { kind: 'lake'; source: string }>, Feature<MultiLineString, { kind: 'river'; source: string }>];
};
export declare function inputsKey(root: string, script: string, versionOf: (name: string) => string): string;
export interface BoundaryMeta {
  url: string;
  source: string;
  reviewNumber: string;
  date: string;
}
export declare function readBoundaries(dir: string): BoundaryMeta | null;
export declare function manifest(boundaries: BoundaryMeta | null): {
  version: 1;
  land: string;
  water: string;
  landSource: string;
  boundaries: BoundaryMeta | null;
};
