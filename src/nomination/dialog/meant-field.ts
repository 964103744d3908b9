import type { FormField } from '../form.js';
import type { DialogSession } from './session.js';

/** The field a correction means: the one it names, else, naming none, the one answered last; undefined when it names several. */
export function meantField(session: DialogSession, named: readonly FormField[]): FormField | undefined {
  if (named.length > 1) return undefined;
  return named[0] ?? session.form.field(session.state.back.at(-1) ?? '');
}
