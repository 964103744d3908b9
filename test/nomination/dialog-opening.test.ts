import { afterEach, describe, expect, it } from 'vitest';
import { dialogEnv, field, type DialogEnv } from './dialog-fixture.js';

/** An opening that carries answers after the request: they are read, and the dialog asks what is still open. */

describe('an opening that carries answers', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('reads the labelled answers after the request, long or short', async () => {
    env = await dialogEnv();
    await env.chat
      .as('u1')
      .says('您好，我要申报名录。我们报的是湘西椪柑，湖南的，作为证明商标注册的，注册号是2156789，保护范围为湖南省湘西土家族苗族自治州现辖行政区域，申请单位是湘西州柑橘协会，品类是水果。')
      .expectReply(field('annual_output_value').prompt);
    const fields = env.draft()?.fields ?? {};
    expect(Object.fromEntries(Object.entries(fields).map(([id, v]) => [id, v.value]))).toEqual({
      gi_name: '湘西椪柑',
      province: '湖南省',
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '2156789',
      region: '湖南省湘西土家族苗族自治州现辖行政区域',
      applicant: '湘西州柑橘协会',
      product_category: '水果',
    });
  });

  it('takes no remark after the request for an answer', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('你好，申报一下名录，材料我直接贴过来').expectReply(field('gi_name').prompt);
    expect(env.draft()?.fields).toEqual({});
  });

  it('does not start on a long report that merely mentions the nomination', async () => {
    env = await dialogEnv();
    await env.chat.as('u2').says('县里今年组织企业申报名录，出台了扶持办法，安排专项资金800万元，建设溯源平台，新增用标企业20家。');
    expect(env.drafts('u2')).toHaveLength(0);
  });
});
