import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { field, form } from './dialog-fixture.js';

/** A heading over a pasted block ("资料如下：") is no value: never stored in the field asked. */

const HEADINGS = ['资料如下：', '基本情况如下:', '我们的材料：', '情况汇报如下：', '以下是申报信息：'];
const BLOCKS = ['名称：新会陈皮\n省份：广东', '地标名称：新会陈皮\n所在省份：广东省', '名称 | 新会陈皮\n省份 | 广东'];

describe('a heading over a pasted block', () => {
  const cases = HEADINGS.flatMap((heading) => BLOCKS.map((block) => `${heading}\n${block}`));

  it.each(cases)('reads the block under %j and stores no heading', (text) => {
    const reading = readMessage(form, {}, field('gi_name'), text);
    expect(reading.values.gi_name?.value).toBe('新会陈皮');
    expect(reading.values.province?.value).toBe('广东省');
  });

  it('says a heading alone is not understood, storing nothing', () => {
    const reading = readMessage(form, {}, field('gi_name'), '资料如下：');
    expect(reading.values).toEqual({});
    expect(reading.unread).toEqual(['资料如下：']);
  });

  it('still reads a field label whose value follows on the next lines', () => {
    const text = '扶持措施：\n县政府出台扶持办法，每年安排资金1500万元；建立防伪溯源系统。';
    expect(readMessage(form, {}, field('support_measures'), text).values.support_measures?.value).toBe('县政府出台扶持办法，每年安排资金1500万元；建立防伪溯源系统。');
  });
});
