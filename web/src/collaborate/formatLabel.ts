import type { TFunction } from 'i18next';
import type { CollaborationIdea, ProposalFormat } from './types.ts';

/** "Joint offer"; for an idea with a channel or kind, "Co-marketing: joint webinar". */
export function formatLabel(t: TFunction, format: ProposalFormat, kind?: CollaborationIdea['kind']): string {
  const label = t(`collaborate.formats.${format}`);
  return kind ? t('collaborate.ideas.formatWithKind', { format: label, kind: t(`collaborate.kinds.${kind}`) }) : label;
}
