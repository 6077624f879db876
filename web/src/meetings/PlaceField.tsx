import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField.tsx';
import type { MeetingFormat } from '../types.ts';

const TYPES = { 'in-person': 'text', video: 'url', phone: 'text' } as const;

/** Where to meet: an address, a video link or a phone number, depending on the format. */
export function PlaceField({ format, value, onChange, error }: { format: MeetingFormat; value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="place"
      type={TYPES[format]}
      inputMode={format === 'video' ? 'url' : 'text'}
      autoComplete="off"
      label={t(`meetings.place.${format}`)}
      hint={t('meetings.placeHint')}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
