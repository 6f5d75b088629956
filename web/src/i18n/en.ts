// English texts. Must have exactly the keys of de.ts (checked by the compiler and a test).
// One file per area in en/.
import type { Messages } from './de';
import { enApp } from './en/app';
import { enDirectory } from './en/directory';
import { enDualCareer } from './en/dualcareer';
import { enMonitor } from './en/monitor';

export const en: Messages = { ...enApp, ...enDirectory, ...enDualCareer, ...enMonitor };
