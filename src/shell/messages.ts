import { defineMessages } from '../i18n/messages';

/** The app shell's strings: header, language and theme switches, and the link notice. */
export const shellText = defineMessages(
  {
    appTagline: '五座城市如何建设知识产权体系：每个数字都可追溯到原文',
    language: '语言',
    languageName: '中文',
    otherLanguage: 'English',
    theme: '主题',
    skipToContent: '跳到正文',
    dismiss: '关闭',
    switchLanguage: 'Switch to English',
    updateReady: '新版本已下载完毕，可离线使用。',
    reloadToUpdate: '重新载入以更新',
  },
  {
    appTagline: 'How five Chinese cities build their intellectual-property systems, with every figure traced to its source',
    language: 'Language',
    languageName: 'English',
    otherLanguage: '中文',
    theme: 'Theme',
    skipToContent: 'Skip to content',
    dismiss: 'Dismiss',
    switchLanguage: '切换到中文',
    updateReady: 'A new version has downloaded and is ready to use offline.',
    reloadToUpdate: 'Reload to update',
  },
);
