/**
 * The excuses a member may say hold them back, in the order they are offered, each with the one
 * first step inside Sinergia that answers it. The API validates against these keys and the web app
 * links to these paths, so both read them from here (this module imports nothing, so the web app
 * can bundle it). A new excuse also needs the CHECK in migrations/0011_obstacles.sql widened.
 */
export const obstacles = [
  { key: 'not-for-me', firstStep: '/coach/course/why-network' },
  { key: 'have-contacts', firstStep: '/discover' },
  { key: 'wont-listen', firstStep: '/coach/pitch' },
  { key: 'what-to-collaborate', firstStep: '/coach/ideas' },
  { key: 'no-time', firstStep: '/coach/plan?budget=15' },
  { key: 'no-experience', firstStep: '/coach/course' },
  { key: 'no-contacts', firstStep: '/discover' },
] as const;

export type ObstacleKey = (typeof obstacles)[number]['key'];

export const obstacleKeys: readonly ObstacleKey[] = obstacles.map((obstacle) => obstacle.key);
