import { useTranslation } from 'react-i18next';
import type { Option } from '../data/option.ts';
import { meetingFormats, meetingLengths } from '../types.ts';

/** In person, video, phone: as options, in the server's order. */
export function useFormatOptions(): Option[] {
  const { t } = useTranslation();
  return meetingFormats.map((format) => ({ value: format, label: t(`meetings.formats.${format}`) }));
}

/** 15, 30, 45 or 60 minutes. */
export function useLengthOptions(): Option[] {
  const { t } = useTranslation();
  return meetingLengths.map((minutes) => ({ value: String(minutes), label: t('meetings.minutes', { count: minutes }) }));
}
