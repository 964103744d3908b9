import type { FeatureModule } from './feature.js';
import { loginFeature } from './login/entry.js';
import { nominationFeature } from './nomination/entry.js';
import { qaFeature } from './qa/entry.js';
import { remindersFeature } from './reminders/entry.js';

/**
 * Every feature of the bot, written once. The order is the order their steps see a message:
 * the nomination dialog reads its own answers before anything else; the Q&A, last, answers
 * what no other feature took.
 */
export const FEATURES: readonly FeatureModule[] = [nominationFeature, remindersFeature, loginFeature, qaFeature];
