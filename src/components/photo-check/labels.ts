/** The words the photo-check island puts around the analysis: titles, status names, headlines. */
import type { CheckStatus, PhotoCheckId, Verdict } from '../../protocol/messages.ts';

export const CHECK_TITLES: Record<PhotoCheckId, string> = {
  framing: 'Whole document in the photo',
  sharpness: 'Sharpness',
  glare: 'Glare and reflections',
  exposure: 'Light',
  resolution: 'Size of the document in the photo',
};

/** Said with the icon, so that a status never rests on colour alone. */
export const STATUS_LABELS: Record<CheckStatus, string> = {
  pass: 'OK',
  warn: 'Risky',
  fail: 'Problem',
};

export const VERDICT_HEADLINES: Record<Verdict, string> = {
  pass: 'This photo looks good to upload.',
  warn: 'This photo might be rejected.',
  fail: 'This photo will very likely be rejected.',
};
