import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdmissionRule } from '../pages/NetworkPage';
import { admissionText } from './admission';

describe('admission rule display', () => {
  it('says the rule is met with the number of regional partners', () => {
    render(<AdmissionRule regionalPartners={3} meetsRule />);
    expect(screen.getByText('3 regionale Partner – Aufnahmekriterium erfüllt')).toBeTruthy();
  });

  it('shows a visible hint with what is missing when not met', () => {
    render(<AdmissionRule regionalPartners={1} meetsRule={false} />);
    const hint = screen.getByText(/Aufnahmekriterium nicht erfüllt/);
    expect(hint.textContent).toBe(
      'Hinweis: 1 von 3 regionalen Partnern – Aufnahmekriterium nicht erfüllt. Es fehlen noch 2.',
    );
    expect(hint.className).toContain('notice');
  });

  it('follows the server’s verdict and uses the singular', () => {
    expect(admissionText(1, true).key).toBe('network.admission.metOne');
    expect(admissionText(5, false).met).toBe(false);
    expect(admissionText(0, false).params.missing).toBe(3);
  });
});
