/** The server's limits (src/collaboration/proposals/README-api.md, referrals' schemas), checked here first. */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const PART_MAX = 1000;
export const NEXT_STEPS_MAX = 2000;
export const COMMENT_MAX = 2000;
export const REASON_MAX = 1000;
export const NOTE_MAX = 1000;
export const NEED_MAX = 1000;
export const CONTACT_NAME_MAX = 200;
