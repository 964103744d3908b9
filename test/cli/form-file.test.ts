import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv, gibot } from './helpers.js';

/** start and chat with a knowledge folder whose nomination form is missing or broken: a plain Chinese reason, exit 78, nothing started. */
describe('a nomination form file that cannot be used', () => {
  const { dir, env, cleanup } = cliEnv();
  afterAll(cleanup);

  const folder = (name: string, form?: string): string => {
    const path = join(dir, name);
    mkdirSync(path);
    cpSync('knowledge/2023-14-gi-key-contact-guidance-notice.md', join(path, 'notice.md'));
    if (form !== undefined) writeFileSync(join(path, 'nomination-form.yaml'), form);
    return path;
  };

  it('start names the missing file and how to point at the right folder', { timeout: 60_000 }, async () => {
    const knowledge = folder('missing');
    const run = await gibot(['start'], { ...env, KNOWLEDGE_DIR: knowledge, PORT: '0' });
    expect(run.code).toBe(78);
    expect(run.stderr.split('\n')[0]).toBe(`找不到或无法读取申报书表单文件 ${join(knowledge, 'nomination-form.yaml')}。请在项目根目录运行，或把 KNOWLEDGE_DIR 设为含有 nomination-form.yaml 的知识库目录。`);
  });

  it('chat tells a file that is not YAML from one whose content is wrong', { timeout: 60_000 }, async () => {
    const broken = folder('yaml', 'title: 申报书\nfields:\n  - id: gi_name\n   label: [名称\n');
    const notYaml = await gibot(['chat', '--json'], { ...env, KNOWLEDGE_DIR: broken }, { input: '你好\n' });
    expect(notYaml.code).toBe(78);
    expect(notYaml.stderr).toContain(`申报书表单文件 ${join(broken, 'nomination-form.yaml')} 不是有效的 YAML`);
    const wrong = folder('content', 'title: 申报书\nfields: 不是列表\n');
    const bad = await gibot(['chat', '--json'], { ...env, KNOWLEDGE_DIR: wrong }, { input: '你好\n' });
    expect(bad.code).toBe(78);
    expect(bad.stderr).toContain('的内容不符合要求');
  });
});
