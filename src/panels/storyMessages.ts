import { defineMessages } from '../i18n/messages';

/** The overview story's strings: sentence pieces that story.ts joins around figures and places. */
export const storyText = defineMessages(
  {
    kicker: '概览',
    title: '五座城市怎样建设知识产权体系',
    scope: '五份原文发表于{from}至{to}，所说的时期和口径各不相同。只有 {n} 项指标有至少两座城市的同口径数字，以下是其中 {shown} 项。',
    lead: '{period}{measure}：',
    gap: '',
    stop: '。',
    twinOpen: '（原文另作',
    twinClose: '）',
    noteOpen: '（原文另作',
    apartHas: '的数字',
    apartWhen: '（{when}）口径不同，不能直接比较。',
    missingLead: '',
    missingTail: '的原文未给出此项数字。',
    titleHeldBoth: '都持有“{title}”称号。',
    titleHeldAll: '都持有“{title}”称号。',
    titlesHeading: '共同的国家级称号',
    likeForLike: '同口径',
  },
  {
    kicker: 'At a glance',
    title: 'How five cities build their IP systems',
    scope:
      'The five sources appeared between {from} and {to}, and each counts over its own period and scope. Only {n} measures have like-for-like figures for two or more cities; {shown} of them follow.',
    lead: '{measure}, {period}: ',
    gap: ' ',
    stop: '. ',
    twinOpen: ' (also given as ',
    twinClose: ')',
    noteOpen: '(also given as ',
    apartHas: '’s figure, ',
    apartWhen: ' ({when}), does not compare. ',
    missingLead: 'The sources for ',
    missingTail: ' give no figure.',
    titleHeldBoth: ' both hold the title “{title}”.',
    titleHeldAll: ' all hold the title “{title}”.',
    titlesHeading: 'National titles they share',
    likeForLike: 'Like for like',
  },
);
