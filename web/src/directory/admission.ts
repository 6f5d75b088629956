// The admission rule: a network is listed when at least three regional partners take part.
import type { MessageKey } from '../i18n/messages';

export const REQUIRED_REGIONAL_PARTNERS = 3;

export interface AdmissionText {
  key: MessageKey;
  params: { count: number; required: number; missing: number };
  met: boolean;
}

export function admissionText(regionalPartners: number, meetsRule: boolean): AdmissionText {
  const missing = Math.max(0, REQUIRED_REGIONAL_PARTNERS - regionalPartners);
  const params = { count: regionalPartners, required: REQUIRED_REGIONAL_PARTNERS, missing };
  if (meetsRule) return { key: regionalPartners === 1 ? 'network.admission.metOne' : 'network.admission.met', params, met: true };
  return { key: 'network.admission.notMet', params, met: false };
}
