import { notFound, ProblemError } from '../http/problem.ts';

/** Unknown, invisible and "has blocked you" all look the same, so a block is never revealed. */
export const memberNotFound = () => notFound('problem.memberNotFound.detail');
export const connectionNotFound = () => notFound('problem.connectionNotFound.detail');

export const connectWithSelf = () => new ProblemError(400, 'self-connection', 'problem.connectWithSelf.title');
export const blockSelf = () => new ProblemError(400, 'self-block', 'problem.blockSelf.title');
export const youBlocked = () => new ProblemError(403, 'blocked', 'problem.youBlocked.title', 'problem.youBlocked.detail');
export const alreadyPending = () =>
  new ProblemError(409, 'connection-pending', 'problem.connectionPending.title', 'problem.connectionPending.detail');
export const alreadyConnected = () =>
  new ProblemError(409, 'already-connected', 'problem.alreadyConnected.title', 'problem.alreadyConnected.detail');
export const alreadyAnswered = () =>
  new ProblemError(409, 'connection-not-pending', 'problem.connectionNotPending.title', 'problem.connectionNotPending.detail');
