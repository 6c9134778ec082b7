import { defineMessages } from '../i18n/messages';

/** The app's name and the panels' names, which the page title and every mode share. */
export const stateText = defineMessages(
  {
    appTitle: '知识产权城市图谱',
    panel_map: '地图',
    panel_financing: '知识产权金融',
    panel_patents: '专利',
    panel_designations: '国家级称号',
    panel_plan: '郫都规划目标',
    panel_profile: '地点档案',
    panel_sources: '资料来源',
  },
  {
    appTitle: 'IP Atlas',
    panel_map: 'Map',
    panel_financing: 'IP financing',
    panel_patents: 'Patents',
    panel_designations: 'National titles',
    panel_plan: 'Pidu plan targets',
    panel_profile: 'Place profile',
    panel_sources: 'Sources',
  },
);
