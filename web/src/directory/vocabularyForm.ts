// The admin form that adds a vocabulary term: the server's rules, checked at the fields first.
import type { Vocabularies, VocabularyKind } from '../api';
import type { MessageKey } from '../i18n/messages';

export interface VocabularyForm {
  kind: VocabularyKind;
  code: string;
  labelDe: string;
  labelEn: string;
}

export type VocabularyErrors = Partial<Record<'code' | 'labelDe' | 'labelEn', MessageKey>>;

const CODE = /^[a-z][a-z0-9_]{1,39}$/;

function badLabel(text: string): boolean {
  return text.trim() === '' || text.length > 200;
}

/** Errors by field; `known` (the loaded vocabularies) catches duplicates before sending. */
export function validateVocabularyTerm(form: VocabularyForm, known: Vocabularies | null): VocabularyErrors {
  const errors: VocabularyErrors = {};
  const code = form.code.trim();
  const existing = known?.[form.kind] ?? [];
  if (!CODE.test(code)) errors.code = 'vocab.error.code';
  else if (existing.some((t) => t.code === code)) errors.code = 'vocab.error.taken';
  if (badLabel(form.labelDe)) errors.labelDe = 'vocab.error.label';
  else if (existing.some((t) => t.label_de.toLowerCase() === form.labelDe.trim().toLowerCase())) errors.labelDe = 'vocab.error.taken';
  if (badLabel(form.labelEn)) errors.labelEn = 'vocab.error.label';
  return errors;
}

/** The server's field names → the form's. */
export function vocabularyFieldOf(serverField: string | null): keyof VocabularyErrors | null {
  if (serverField === 'code') return 'code';
  if (serverField === 'label_de') return 'labelDe';
  if (serverField === 'label_en') return 'labelEn';
  return null;
}
