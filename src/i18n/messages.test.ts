import { describe, expect, it } from 'vitest';
import { defineMessages, defineTerms, formatMessage } from './messages';
import { bracketed, clauses, enumeration, labelled } from './punctuation';

const t = defineMessages(
  { hello: '你好，{name}', figures: { other: '{n} 项数据' }, plain: '地图' },
  { hello: 'Hello, {name}', figures: { one: '{n} figure', other: '{n} figures' }, plain: 'Map' },
);

describe('defineMessages', () => {
  it('fills placeholders in the reader’s language', () => {
    expect(t('zh', 'hello', { name: '成都' })).toBe('你好，成都');
    expect(t('en', 'hello', { name: 'Chengdu' })).toBe('Hello, Chengdu');
    expect(t('en', 'plain')).toBe('Map');
  });

  it('picks the plural form with Intl.PluralRules', () => {
    expect(t('en', 'figures', { n: 1 })).toBe('1 figure');
    expect(t('en', 'figures', { n: 3 })).toBe('3 figures');
    expect(t('zh', 'figures', { n: 1 })).toBe('1 项数据');
  });

  it('leaves a placeholder it was not given visible rather than blank', () => {
    expect(formatMessage('en', 'Hello, {name}', {})).toBe('Hello, {name}');
  });
});

describe('defineTerms', () => {
  it('names each value of an enum in both languages', () => {
    const level = defineTerms<'city' | 'zone'>({ city: { zh: '市', en: 'City' }, zone: { zh: '园区', en: 'Zone' } });
    expect(level('en', 'zone')).toBe('Zone');
  });
});

describe('punctuation', () => {
  it('uses full-width marks in Chinese and half-width ones in English', () => {
    expect(labelled('zh', '来源', '昆明日报')).toBe('来源：昆明日报');
    expect(labelled('en', 'Source', 'Kunming Daily')).toBe('Source: Kunming Daily');
    expect(clauses('zh', ['仅商标专利', '预计数'])).toBe('仅商标专利；预计数');
    expect(enumeration('en', ['Chengdu', 'Hangzhou'])).toBe('Chengdu, Hangzhou');
    expect(bracketed('en', '2023', 'full year')).toBe('2023 (full year)');
    expect(bracketed('zh', '2023年', '全年')).toBe('2023年（全年）');
  });
});
