import { ChatOpenAI } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmExtractor } from '../../src/nomination/llm-extract.js';
import { createFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { dialogEnv, form, type DialogEnv } from './dialog-fixture.js';

/**
 * A paragraph pasted from a work report, which the rules cannot read, goes to the model (the
 * real LangChain client against a loopback fake); what it reads waits for 确认, and a value for
 * a field already filled is shown but changes only with that 确认. A labelled paste the rules
 * read never reaches the model.
 */

const REPORT =
  '2023年，我县茶产业综合实力稳步提升。全县茶园面积达到十二万亩，干毛茶产量一万余吨，综合产值约二十八亿元；带动一万二千余名茶农就业，品牌茶叶售价普遍高于周边同类产品三成左右。';

describe('LLM reading of a pasted report paragraph', () => {
  let fake: FakeOpenAI;
  let env: DialogEnv;

  beforeAll(async () => {
    fake = await createFakeOpenAI({
      chat: () => ({ json: { annual_output_value: 2_800_000_000, employees: 12_000, sales_premium: 30 } }),
    });
    const model = new ChatOpenAI({ model: 'fake', apiKey: 'k', configuration: { baseURL: fake.url }, maxRetries: 0, timeout: 5000 });
    env = await dialogEnv({ llmExtract: createLlmExtractor({ model, form, method: 'functionCalling' }) });
  });
  afterAll(async () => {
    env.close();
    await fake.close();
  });

  it('the rules read what they can; the model reads the rest, stored after 确认', async () => {
    await env.chat.as('r1').says('/申报');
    for (const answer of ['龙井茶', '浙江', '1', '2008年第138号', '浙江省杭州市西湖区现辖行政区域', '杭州市西湖龙井茶管理协会', '茶叶']) {
      await env.chat.as('r1').says(answer);
    }
    expect(env.current('r1')?.id).toBe('annual_output_value');
    const shown = (await env.chat.as('r1').says(REPORT)).join('\n');
    expect(fake.chatRequests()).toHaveLength(1);
    // (the rules read the output and the jobs it brings; the share above the neighbours' price goes to the model)
    expect(JSON.stringify(fake.chatRequests()[0]?.body.messages)).toContain('高于周边同类产品三成左右');
    expect(shown).toContain('年产值：约28亿元');
    expect(shown).toContain('从业人数：约1.2万人');
    expect(shown).toMatch(/识别出/);
    expect(env.draft('r1')?.fields.sales_premium).toBeUndefined();
    await env.chat.as('r1').says('确认').expectReply(/已保存识别出的 1 项/);
    const fields = env.draft('r1')?.fields ?? {};
    expect(fields.annual_output_value?.value).toBe(2_800_000_000);
    expect(fields.employees?.value).toBe(12_000);
    expect(fields.sales_premium?.value).toBe(30);
  });

  it('a labelled paste the rules read does not go to the model', async () => {
    const before = fake.chatRequests().length;
    await env.chat.as('r2').says('/申报');
    await env.chat.as('r2').says('名称：安吉白茶；省份：浙江；类型：证明商标；注册号：1234567').expectReply(/已记录 4 项/);
    expect(fake.chatRequests().length).toBe(before);
  });
});
