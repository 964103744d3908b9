import type { FormField } from './form.js';

/**
 * The form's typical values of a field (the categories: 茶叶, 水果 …) read in a piece of a message:
 * "水果", "水果类", "水果嘛", "就是茶叶吧", "那就粮食" are that value as typed, without the particles around it.
 * In the frame "属于…类" ("it belongs to the fruit class") 类 is part of the frame, not the value.
 */

const PARTICLES = /(?:吧|嘛|呗|啊|呀|哈|哦|呢|的)+$/u;
const LEAD = /^(?:那就|那|就)?(?:应该|应当|可能)?(?:就是|是|算是|算|就填|填|写)?/u;
const BELONGS = /^属于(.+)类$/u;

/** The typical value of `field` that `text` is, as typed; undefined when it is none of them. */
export function typicalValue(field: FormField, text: string): string | undefined {
  if (field.typicalValues.length === 0) return undefined;
  const bare = text.trim().replace(/[。.!！~～,，]+$/u, '').replace(PARTICLES, '').trim();
  const frame = BELONGS.exec(bare)?.[1];
  if (frame && field.typicalValues.includes(frame)) return frame;
  const value = bare.replace(LEAD, '');
  const stem = value.replace(/类$/u, '');
  return field.typicalValues.includes(value) || field.typicalValues.includes(stem) ? value : undefined;
}
