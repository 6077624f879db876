import { ProblemError } from '../../http/problem.ts';

export const ideasForSelf = () => new ProblemError(400, 'ideas-for-self', 'problem.ideasForSelf.title', 'problem.ideasForSelf.detail');
