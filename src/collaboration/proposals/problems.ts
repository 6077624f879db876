import { notFound, ProblemError } from '../../http/problem.ts';
import type { RefusalReason } from './state-machine.ts';

/** Someone else's proposal, or a draft not yet sent to you, looks like no proposal at all. */
export const proposalNotFound = () => notFound('problem.proposalNotFound.detail');

/** Someone changed the proposal since the member read it: 409 with the version to read again. */
export const staleVersion = (currentVersion: number) =>
  new ProblemError(409, 'proposal-version', 'problem.proposalVersion.title', 'problem.proposalVersion.detail', { current: currentVersion }, [], {
    currentVersion,
  });

/** The localised problem for each refusal of the state machine. */
export function refusal(reason: RefusalReason, currentVersion: number): ProblemError {
  switch (reason) {
    case 'notParty':
      return proposalNotFound();
    case 'staleVersion':
      return staleVersion(currentVersion);
    default:
      return new ProblemError(409, 'proposal-state', 'problem.proposalState.title', `problem.proposalState.${reason}`);
  }
}
