import { describe, expect, it } from 'vitest';
import { valueAppearsInQuote } from './quoteMatch';

describe('valueAppearsInQuote', () => {
  it('finds money stored in 亿元 whether the text writes 亿元 or 万元', () => {
    expect(valueAppearsInQuote(48.52, 'yi-yuan', '全市商标专利质押融资金额达48.52亿元')).toBe(true);
    expect(valueAppearsInQuote(0.771, 'yi-yuan', '总保额达7710万元')).toBe(true);
    expect(valueAppearsInQuote(292, 'yi-yuan', '质押金额292.0亿元')).toBe(true);
    expect(valueAppearsInQuote(20000, 'yi-yuan', '跃上2万亿元新台阶')).toBe(true);
  });

  it('finds counts written with 万 or 千, and small counts written in Chinese', () => {
    expect(valueAppearsInQuote(50100, 'item', '相比“十三五”末5.01万件')).toBe(true);
    expect(valueAppearsInQuote(1000, 'person', '执业专利代理师突破1千人')).toBe(true);
    expect(valueAppearsInQuote(2, 'enterprise', '新增国家知识产权信息公共服务网点两家')).toBe(true);
    expect(valueAppearsInQuote(7, 'rank', '在全国排名第七')).toBe(true);
    expect(valueAppearsInQuote(40, 'percent', '全市占比超四成')).toBe(true);
  });

  it('refuses a number that only appears inside another number', () => {
    expect(valueAppearsInQuote(4, 'percent', '占历届获奖总数136项的48.5%')).toBe(false);
    expect(valueAppearsInQuote(48, 'percent', '占历届获奖总数136项的48.5%')).toBe(false);
    expect(valueAppearsInQuote(5.4, 'yi-yuan', '现场签约项目金额达5.45亿元')).toBe(false);
    expect(valueAppearsInQuote(2, 'item', '第二十四届中国专利奖')).toBe(false);
  });

  it('allows 多 or 余 between a number and its scale', () => {
    expect(valueAppearsInQuote(0.3, 'yi-yuan', '为企业降低融资成本3000多万元')).toBe(true);
  });

  it('requires the scale character after a scaled number', () => {
    expect(valueAppearsInQuote(50100, 'item', '相比“十三五”末5.01件')).toBe(false);
  });
});
