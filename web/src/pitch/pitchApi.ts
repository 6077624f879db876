/** The pitch builder API (src/coach/pitch/routes.ts), typed with the server's own shapes. */
import { api } from '../api.ts';
import type { PitchAnalysis } from '../../../src/coach/pitch/analysis/types.ts';
import type { DraftInput, PitchDraft } from '../../../src/coach/pitch/draft-store.ts';
import type { PitchLanguage, PitchVersionName } from '../../../src/coach/pitch/model.ts';
import type { TailoredPitchView } from '../../../src/coach/pitch/tailored.ts';

export type { DraftInput, PitchAnalysis, PitchDraft, TailoredPitchView };

export const pitchApi = {
  draft: (signal?: AbortSignal) => api.get<PitchDraft>('/api/me/pitch', signal),
  save: (draft: DraftInput) => api.put<PitchDraft>('/api/me/pitch', draft),
  publish: (version: PitchVersionName) => api.post<PitchDraft>('/api/me/pitch/publish', { version }),
  analyze: (text: string, language: PitchLanguage, targetSeconds: number) =>
    api.post<PitchAnalysis>('/api/pitch/analyze', { text, language, targetSeconds }),
  tailored: (slug: string, signal?: AbortSignal) =>
    api.get<TailoredPitchView>(`/api/me/pitch/tailored?${new URLSearchParams({ for: slug }).toString()}`, signal),
};
