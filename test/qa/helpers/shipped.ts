import { silentLogger } from '../../../src/log.js';
import { createQaService, type QaEngine } from '../../../src/qa/service.js';

let shared: Promise<QaEngine> | undefined;

/** The Q&A service over the shipped knowledge/, built once per test file. */
export const shippedQa = (): Promise<QaEngine> => (shared ??= createQaService({ knowledgeDir: 'knowledge', log: silentLogger }));
