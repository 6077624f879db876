import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../http/schema-types.ts';
import { locales } from '../../i18n/locale.ts';
import { actionPaths } from './lesson.ts';

const Text = Type.String();
const Progress = Type.Object({ completed: Type.Integer(), total: Type.Integer() });
const LessonLink = Type.Union([Type.Object({ slug: Text, title: Text }), Type.Null()]);
const cardFields = { slug: Text, title: Text, summary: Text, minutes: Type.Integer({ description: 'Reading time' }), completed: Type.Boolean() };

const Block = Type.Union([
  Type.Object({ kind: Type.Literal('paragraph'), text: Text }),
  Type.Object({ kind: Type.Literal('heading'), text: Text }),
  Type.Object({ kind: Type.Literal('list'), items: Type.Array(Text) }),
  Type.Object({ kind: Type.Literal('example'), text: Text }),
  Type.Object({ kind: Type.Literal('quote'), text: Text }),
]);

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 80 }) });

export const CourseSchema = Type.Object({
  locale: StringEnum(locales),
  lessons: Type.Array(Type.Object(cardFields)),
  progress: Progress,
});

export const LessonSchema = Type.Object({
  ...cardFields,
  locale: StringEnum(locales),
  number: Type.Integer({ description: 'Place in the course, from 1' }),
  body: Type.Array(Block),
  practice: Type.Array(Text),
  action: Type.Object({ path: StringEnum(actionPaths), text: Text, label: Text }),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  previous: LessonLink,
  next: LessonLink,
  progress: Progress,
});

export const LessonProgressSchema = Type.Object({
  slug: Text,
  completed: Type.Boolean(),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  progress: Progress,
});
