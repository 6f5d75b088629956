import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateVocabularyTerm } from '../../directory/vocabularyForm';
import { renderAppAt } from '../../test-render';
import { ADMIN_USER, errorReply, meReply, mockApi, writes } from '../../test-utils';

afterEach(() => vi.unstubAllGlobals());

const term = (code: string, label_de: string, builtin = true) => ({ kind: 'handlungsfeld', code, label_de, label_en: label_de, builtin });
const vocabularies = (extra: unknown[] = []) => ({
  status: 200,
  body: { handlungsfelder: [term('dual_career', 'Dual Career'), ...extra], zielgruppen: [{ ...term('frauen', 'Frauen'), kind: 'zielgruppe' }] },
});

describe('vocabulary administration', () => {
  it('checks code and labels at the fields, duplicates included', () => {
    const known = vocabularies().body as never;
    const form = { kind: 'handlungsfelder' as const, code: 'Digital Arbeit', labelDe: '', labelEn: 'x' };
    expect(validateVocabularyTerm(form, known)).toEqual({ code: 'vocab.error.code', labelDe: 'vocab.error.label' });
    expect(validateVocabularyTerm({ ...form, code: 'dual_career', labelDe: 'dual career' }, known)).toEqual({
      code: 'vocab.error.taken',
      labelDe: 'vocab.error.taken',
    });
    expect(validateVocabularyTerm({ ...form, kind: 'zielgruppen', code: 'dual_career', labelDe: 'Dual Career' }, known)).toEqual({});
  });

  it('lets an admin add a term and shows it in the list', async () => {
    let added = false;
    const calls = mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/vocabularies': () => vocabularies(added ? [term('digitalisierung', 'Digitalisierung', false)] : []),
      'POST /api/v1/vocabularies/handlungsfelder': () => {
        added = true;
        return { status: 201, body: { term: term('digitalisierung', 'Digitalisierung', false) } };
      },
    });
    renderAppAt('/verwaltung/vokabulare');
    expect(await screen.findByRole('table', { name: 'Handlungsfelder (1)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'digitalisierung' } });
    fireEvent.change(screen.getByLabelText('Bezeichnung (Deutsch)'), { target: { value: 'Digitalisierung' } });
    fireEvent.change(screen.getByLabelText('Bezeichnung (Englisch)'), { target: { value: 'Digitalisation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByText('„Digitalisierung“ wurde hinzugefügt.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Handlungsfelder (2)' });
    expect(within(table).getByText('hinzugefügt')).toBeTruthy();
    expect(writes(calls).map((c) => c.body)).toEqual([{ code: 'digitalisierung', label_de: 'Digitalisierung', label_en: 'Digitalisation' }]);
  });

  it('shows the server’s rejection at the field it names', async () => {
    mockApi({
      'GET /api/v1/me': meReply(ADMIN_USER),
      'GET /api/v1/vocabularies': vocabularies(),
      'POST /api/v1/vocabularies/handlungsfelder': errorReply(409, '„digital“ gibt es in diesem Vokabular bereits.', 'code', 'conflict'),
    });
    renderAppAt('/verwaltung/vokabulare');
    await screen.findByRole('table', { name: 'Handlungsfelder (1)' });
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'digital' } });
    fireEvent.change(screen.getByLabelText('Bezeichnung (Deutsch)'), { target: { value: 'Digital' } });
    fireEvent.change(screen.getByLabelText('Bezeichnung (Englisch)'), { target: { value: 'Digital' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    await vi.waitFor(() => expect(screen.getByLabelText('Code').getAttribute('aria-invalid')).toBe('true'));
  });
});
