import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';

describe("officers' words read as the notices' own", () => {
  it('reads the industry chain as the notices\' 链条 and the year end as their 年度', () => {
    expect(analyzeQuery('延伸产业链有没有具体措施').contentWords).toContain('链条');
    expect(analyzeQuery('上下游怎么带动').contentWords).toContain('链条');
    expect(analyzeQuery('年终要报什么情况').contentWords).toContain('年度');
    expect(analyzeQuery('年末之前交总结吗').contentWords).toContain('年度');
  });
});
