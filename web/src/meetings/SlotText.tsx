import { useTranslation } from 'react-i18next';
import type { SlotView } from '../types.ts';

/** A slot on both clocks, as the server wrote it: "… 10:00–10:30 (CET) for you" and "… 04:00–04:30 (EST) for Tom". */
export function SlotText({ slot, otherName }: { slot: SlotView; otherName: string }) {
  const { t } = useTranslation();
  return (
    <span className="slot-text">
      <span className="slot-yours">{t('meetings.slot.yours', { time: slot.yours })}</span>
      <span className="slot-theirs">{t('meetings.slot.theirs', { time: slot.theirs, name: otherName })}</span>
    </span>
  );
}
