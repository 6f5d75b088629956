// German texts (default language). Formal "Sie", plain German.
// Placeholders in braces, e.g. {name}, are filled in by `translate`. One file per area in de/.
import { deApp } from './de/app';
import { deDirectory } from './de/directory';
import { deDualCareer } from './de/dualcareer';
import { deMonitor } from './de/monitor';

export const de = { ...deApp, ...deDirectory, ...deDualCareer, ...deMonitor } satisfies Record<string, string>;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;
