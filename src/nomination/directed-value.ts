import { provinceOfLeadingPlaces } from './gazetteer.js';

/**
 * A clause telling what to write: "按现在的名字写成都市郫都区人民政府", "用新名字填…". Among the names a
 * message gives for one field ("当时是郫县人民政府，现在撤县设区了，按现在的名字写…"), that one is meant.
 * Where the verb may be read two ways (写成 + 都市… or 写 + 成都市…), the value opening with a place
 * name is read first.
 */
const DIRECTIVE = /^(?:那就|就|最后|统一)?(?:按|用|以|照)[^，,。；;：:]{0,10}?(?=写|填)/u;
const VERBS = ['写成', '填成', '写为', '填为', '写', '填'];

/** The values a clause directs to be written, the likelier first; none when it directs nothing. */
export function directedValues(clause: string): string[] {
  const head = DIRECTIVE.exec(clause.trim());
  if (!head) return [];
  const rest = clause.trim().slice(head[0].length);
  const values = VERBS.filter((verb) => rest.startsWith(verb))
    .map((verb) => rest.slice(verb.length).trim())
    .filter((value) => [...value].length >= 2);
  const placed = (value: string): number => Number(provinceOfLeadingPlaces(value) !== undefined);
  return values.sort((a, b) => placed(b) - placed(a));
}
