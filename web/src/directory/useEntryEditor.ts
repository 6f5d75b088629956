// The state machine shared by the directory's editor pages (network, organisation): load the
// entry (or start empty), keep the form, check it at the fields, send it, and put a server error
// at the field it names.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { errorText } from '../errors';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';

type Load<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; entry: T | null };

export interface EntryEditor<T, F> {
  load: Load<T>;
  form: F;
  set: <K extends keyof F>(field: K) => (value: F[K]) => void;
  setForm: (form: F) => void;
  errors: Partial<Record<keyof F, string>>;
  alert: string;
  busy: boolean;
  submit: (event: FormEvent) => void;
}

export function useEntryEditor<T, F extends object>({
  id,
  empty,
  fetch,
  toForm,
  validate,
  save,
  fieldOf,
  done,
}: {
  id: number | undefined;
  empty: F;
  fetch: (id: number) => Promise<T>;
  toForm: (entry: T) => F;
  validate: (form: F) => Partial<Record<keyof F, MessageKey>>;
  save: (form: F, existing: T | null) => Promise<T>;
  fieldOf: (serverField: string | null) => keyof F | null;
  done: (saved: T, created: boolean) => void;
}): EntryEditor<T, F> {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load<T>>(id === undefined ? { status: 'ready', entry: null } : { status: 'loading' });
  const [form, setForm] = useState<F>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof F, string>>>({});
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    let active = true;
    fetch(id)
      .then((entry) => {
        if (!active) return;
        setForm(toForm(entry));
        setLoad({ status: 'ready', entry });
      })
      .catch((e: unknown) => active && setLoad({ status: 'failed', message: errorText(e, t) }));
    return () => {
      active = false;
    };
  }, [id]);

  const set =
    <K extends keyof F>(field: K) =>
    (value: F[K]) =>
      setForm((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (load.status !== 'ready' || busy) return;
    const texts: Partial<Record<keyof F, string>> = {};
    for (const [field, key] of Object.entries(validate(form)) as [keyof F, MessageKey][]) texts[field] = t(key);
    setErrors(texts);
    setAlert(Object.keys(texts).length > 0 ? t('directoryForm.fixErrors') : '');
    if (Object.keys(texts).length > 0) return;
    setBusy(true);
    save(form, load.entry)
      .then((saved) => done(saved, load.entry === null))
      .catch((e: unknown) => {
        const field = e instanceof ApiError ? fieldOf(e.field) : null;
        if (field !== null) setErrors({ [field]: errorText(e, t) } as Partial<Record<keyof F, string>>);
        setAlert(errorText(e, t));
      })
      .finally(() => setBusy(false));
  };

  return { load, form, set, setForm, errors, alert, busy, submit };
}
