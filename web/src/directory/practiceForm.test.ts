import { describe, expect, it } from 'vitest';
import {
  emptyPracticeForm,
  formFieldOf,
  isIsoDate,
  practiceInput,
  splitKreise,
  validatePractice,
  type PracticeForm,
} from './practiceForm';

const known = { handlungsfelder: ['dual_career', 'ausbildung'], zielgruppen: ['unternehmen'] };

function form(changes: Partial<PracticeForm>): PracticeForm {
  return { ...emptyPracticeForm([3]), title: 'Job für Zwei', ...changes };
}

describe('practice form validation', () => {
  it('accepts a complete entry', () => {
    const ok = form({
      land: '08',
      kreise: '08136, 08135',
      handlungsfelder: ['dual_career'],
      zielgruppen: ['unternehmen'],
      periodFrom: '2018-01-01',
      periodTo: '2020-06-18',
      contactEmail: 'mager@ihk.example',
    });
    expect(validatePractice(ok, known, false)).toEqual({});
  });

  it('needs a title of at most 300 characters', () => {
    expect(validatePractice(form({ title: '   ' }), known, false).title).toBe('practiceForm.error.title');
    expect(validatePractice(form({ title: 'x'.repeat(301) }), known, false).title).toBe('practiceForm.error.title');
  });

  it('checks Land and Kreis codes and that the Kreise lie in the Land', () => {
    expect(validatePractice(form({ land: '8' }), known, false).land).toBe('practiceForm.error.land');
    expect(validatePractice(form({ kreise: '08136 8136' }), known, false).kreise).toBe('practiceForm.error.kreise');
    expect(validatePractice(form({ land: '11', kreise: '08136' }), known, false).kreise).toBe(
      'practiceForm.error.kreiseOutsideLand',
    );
    expect(validatePractice(form({ kreise: '08136' }), known, false).kreise).toBeUndefined();
  });

  it('rejects unknown vocabulary codes', () => {
    const errors = validatePractice(form({ handlungsfelder: ['golf'], zielgruppen: ['astronauten'] }), known, false);
    expect(errors.handlungsfelder).toBe('practiceForm.error.vocabulary');
    expect(errors.zielgruppen).toBe('practiceForm.error.vocabulary');
  });

  it('checks dates and that the period does not end before it begins', () => {
    expect(validatePractice(form({ periodFrom: '01.01.2018' }), known, false).periodFrom).toBe('practiceForm.error.date');
    expect(validatePractice(form({ periodTo: '2018-13-01' }), known, false).periodTo).toBe('practiceForm.error.date');
    expect(validatePractice(form({ periodFrom: '2018-01-01', periodTo: '2017-12-31' }), known, false).periodTo).toBe(
      'practiceForm.error.periodOrder',
    );
    expect(isIsoDate('2020-02-29')).toBe(true);
  });

  it('needs one of the user’s networks unless the user is an admin', () => {
    expect(validatePractice(form({ networks: [] }), known, false).networks).toBe('practiceForm.error.networks');
    expect(validatePractice(form({ networks: [] }), known, true).networks).toBeUndefined();
  });

  it('checks the contact e-mail only when one is given', () => {
    expect(validatePractice(form({ contactEmail: 'kein-at' }), known, false).contactEmail).toBe('practiceForm.error.email');
    expect(validatePractice(form({ contactEmail: '' }), known, false).contactEmail).toBeUndefined();
  });
});

describe('practice request body', () => {
  it('splits Kreise, sends empty optional fields as null and keeps the awards', () => {
    const body = practiceInput(form({ kreise: ' 08136,08135 ;', periodFrom: ' ', land: '' }), [
      { year: 2020, name: 'Innovatives Netzwerk' },
    ]);
    expect(body.kreise).toEqual(['08136', '08135']);
    expect(body.period_from).toBeNull();
    expect(body.land_ags).toBeNull();
    expect(body.networks).toEqual([3]);
    expect(body.awards).toEqual([{ year: 2020, name: 'Innovatives Netzwerk' }]);
    expect(splitKreise('')).toEqual([]);
  });

  it('maps server error fields to form fields', () => {
    expect(formFieldOf('kreise[2]')).toBe('kreise');
    expect(formFieldOf('period_to')).toBe('periodTo');
    expect(formFieldOf('contact.email_visibility')).toBe('contactEmailVisibility');
    expect(formFieldOf('awards[0].year')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });
});
