import { ApiError } from './api';
import type { I18n } from './i18n/context';

/** Text to show for a failed call: the server's localised message, else a generic one. */
export function errorText(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiError) {
    if (error.message !== '') return error.message;
    if (error.status === 0) return t('error.network');
  }
  return t('error.generic');
}
