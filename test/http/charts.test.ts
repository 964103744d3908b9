import { describe, expect, it } from 'vitest';
import { formatPeople, quotaChart } from '../../src/http/views/charts.js';
import { nominationDetailBody } from '../../src/http/views/nominations.js';

const widthOf = (svg: string, province: string): number | undefined => {
  const group = svg.split('<g').find((g) => g.includes(`>${province}</text>`)) ?? '';
  const bar = /class="bar"[^>]*width="(\d+)"/.exec(group);
  return bar ? Number(bar[1]) : undefined;
};

describe('charts', () => {
  it('draws quota use as the share of each province’s own quota, and no bar for one without a cap', () => {
    const svg = quotaChart({
      title: '各省名额',
      data: [
        { label: '浙江省', used: 1, quota: 4 },
        { label: '江苏省', used: 3, quota: 2 },
        { label: '西藏自治区', used: 1, quota: null },
      ],
      format: (used, quota) => `${used} / ${quota ?? '不限'}`,
    }).value;
    expect(widthOf(svg, '浙江省')).toBe(95);
    expect(widthOf(svg, '江苏省')).toBe(380);
    expect(svg.split('<g').find((g) => g.includes('>江苏省<'))).toContain('class="over');
    expect(widthOf(svg, '西藏自治区')).toBeUndefined();
    expect(svg).toContain('1 / 不限');
  });

  it('writes people the same way everywhere', () => {
    expect(formatPeople(15000)).toBe('1.5万人');
    expect(formatPeople(1200)).toBe('1200人');
  });

  it('keeps the audit table’s short columns on one line and shows people by name', () => {
    const page = nominationDetailBody(
      {
        row: { id: 'a', title: '龙井茶', status: 'draft', ownerPlatform: 'feishu', ownerId: 'ou_a', ownerName: '王科长', completeness: 0.5, updatedAt: '2026-11-30T03:57:00Z' },
        fields: [],
        audit: [{ at: '2026-11-30T03:57:00Z', actor: '王科长', action: '填写', field: '产品名称', newValue: '龙井茶' }],
      },
      'Asia/Shanghai',
    ).value;
    expect(page).toMatch(/<td class="nowrap">2026-11-30 11:57<\/td><td class="nowrap">王科长<\/td><td class="nowrap">填写<\/td>/);
  });
});
