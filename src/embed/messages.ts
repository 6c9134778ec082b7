import { defineMessages } from '../i18n/messages';

/** Strings of embed mode. */
export const embedText = defineMessages(
  {
    source: '资料来源',
    openFull: '查看完整视图',
    openFullLabel: '在 IP Atlas 中查看完整视图（新窗口）',
    mapTitle: '五城知识产权地图',
    mapSubtitle: '{indicator}，单位：{unit}；各城市数据的统计时期不同，见图例',
    panelSubtitle_financing: '各地公布的知识产权质押融资等金融数据；时期与口径不同的数字分组显示',
    panelSubtitle_patents: '发明专利存量、每万人口拥有量、授权量与奖项',
    panelSubtitle_designations: '国家级知识产权称号与试点：获批年份与批次',
    panelSubtitle_plan: '郫都区“十四五”知识产权规划：2020年实际值与2025年目标',
    panelSubtitle_profile: '原始报道给出的全部数据、称号与大事',
    panelSubtitle_sources: '全部数据所依据的五份中文原始文件',
  },
  {
    source: 'Sources',
    openFull: 'Open the full view',
    openFullLabel: 'Open the full view in IP Atlas (new window)',
    mapTitle: 'IP in five Chinese cities',
    mapSubtitle: '{indicator}, in {unit}; the cities’ figures cover different periods, see the legend',
    panelSubtitle_financing: 'IP financing figures as each place published them; figures of different periods and scopes are grouped apart',
    panelSubtitle_patents: 'Invention patents in force, per 10,000 people, grants and awards',
    panelSubtitle_designations: 'National IP titles and pilots: year and batch',
    panelSubtitle_plan: 'Pidu District’s 14th Five-Year IP plan: 2020 actuals and 2025 targets',
    panelSubtitle_profile: 'Every figure, title and event the sources give for this place',
    panelSubtitle_sources: 'The five Chinese documents every figure comes from',
  },
);
