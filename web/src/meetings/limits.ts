/** The server's limits (src/meetings/README-api.md): checked here first so the member hears at once. */
export const PURPOSE_MAX = 500;
export const MESSAGE_MAX = 1000;
export const NOTES_MAX = 5000;
export const NEXT_STEP_MAX = 300;
/** A proposal offers one to five slots. */
export const MAX_OFFERED_SLOTS = 5;
