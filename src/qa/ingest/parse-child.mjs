// Entry of the parse process (`isolated.ts`): registers tsx, then runs the TypeScript reader.
import { register } from 'tsx/esm/api';

register();
await import('./parse-child.ts');
