// Drizzle needs every table in one object; each domain still owns (and alone touches) its own.
import * as accounts from '../accounts/tables.ts';
import * as course from '../coach/course/tables.ts';
import * as obstacles from '../coach/obstacles/tables.ts';
import * as pitch from '../coach/pitch/tables.ts';
import * as weeklyPlan from '../coach/plan/tables.ts';
import * as proposals from '../collaboration/proposals/tables.ts';
import * as referrals from '../collaboration/referrals/tables.ts';
import * as communities from '../communities/tables.ts';
import * as connections from '../connections/tables.ts';
import * as mail from '../mail/tables.ts';
import * as taxonomyAdditions from '../matching/additions/tables.ts';
import * as matching from '../matching/store/tables.ts';
import * as meetings from '../meetings/tables.ts';
import * as profiles from '../profiles/tables.ts';

export const schema = { ...accounts, ...communities, ...profiles, ...mail, ...connections, ...matching, ...taxonomyAdditions, ...meetings, ...obstacles, ...weeklyPlan, ...proposals, ...referrals, ...course, ...pitch };
