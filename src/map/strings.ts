import type { Lang } from '../data/types';

/** The map's UI strings; the type makes a missing translation a compile error. */
const zh = {
  mapHeading: '五城地图',
  mapRegion: '地图：五座城市及其区县、园区',
  indicatorLabel: '地图指标',
  resetView: '重置视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  schematic: '示意图',
  simplified: '简化视图（无 WebGL）',
  landSource: '底图：Natural Earth',
  boundarySource: '边界',
  reviewNumber: '审图号',
  loading: '地图加载中…',
  noData: '原文未给出',
  noDataLong: '原文没有给出这一地点整体的此项数字',
  partialOnly: '原文只有不能代表这一地点整体的数字（如一家机构的业务量或一笔交易），见面板。',
  legendValue: '数值',
  legendPeriod: '时期',
  legendPlace: '城市',
  legendSize: '圆面积与数值成正比',
  legendSolid: '全年或时点数',
  legendDashed: '年内部分时期或累计数',
  legendHollow: '原文未给出（不是零）',
  notComparable: '各市数据的时期或口径不同，大小仅供参考，不宜直接排名。',
  source: '来源',
  selectedSuffix: '，已选中',
  unitLabel: '单位',
  periodFilter: '仅显示该年数据',
} as const;

type Strings = { [K in keyof typeof zh]: string };

const en: Strings = {
  mapHeading: 'Map of the five cities',
  mapRegion: 'Map: the five cities and their districts and zones',
  indicatorLabel: 'Map indicator',
  resetView: 'Reset view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  schematic: 'Schematic map',
  simplified: 'Simplified view (no WebGL)',
  landSource: 'Land: Natural Earth',
  boundarySource: 'Boundaries',
  reviewNumber: 'Map review no.',
  loading: 'Loading the map…',
  noData: 'not stated',
  noDataLong: 'The sources state no figure for the place as a whole',
  partialOnly:
    'The sources give only figures that do not stand for the whole place, such as one institution’s book or a single deal; see the panels.',
  legendValue: 'Value',
  legendPeriod: 'Period',
  legendPlace: 'City',
  legendSize: 'Circle area is proportional to the value',
  legendSolid: 'Full year or level at a date',
  legendDashed: 'Part of a year, or cumulative',
  legendHollow: 'Not stated (not zero)',
  notComparable: "The cities' figures cover different periods or scopes: sizes are indicative, not a ranking.",
  source: 'Source',
  selectedSuffix: ', selected',
  unitLabel: 'Unit',
  periodFilter: 'Figures for this year only',
};

export const MAP_STRINGS: Record<Lang, Strings> = { zh, en };
export type MapStringKey = keyof Strings;

export function mt(lang: Lang, key: MapStringKey): string {
  return MAP_STRINGS[lang][key];
}
