/**
 * The light theme's colours and the CJK font stack as plain values, for pictures
 * drawn at build time (icons, share cards, static embeds), where there are no CSS
 * custom properties to read. app.css holds the same values for the page.
 */
export const LIGHT = {
  bg: '#fbfaf7',
  ink: '#1b1d21',
  ink2: '#4a4f57',
  ink3: '#6b7079',
  rule: '#dcd8cf',
  accent: '#0e4f7a',
} as const;

export const DARK_BG = '#14171c';

export const FONT_STACK = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
