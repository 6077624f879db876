import { useTranslation } from 'react-i18next';
import type { LessonBlock } from './courseApi.ts';

/** A lesson's body: paragraphs, subheadings (level 2, under the lesson's title), lists, examples and quotations. */
export function LessonBlocks({ blocks }: { blocks: LessonBlock[] }) {
  const { t } = useTranslation();
  return (
    <div className="lesson-body">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return <p key={index}>{block.text}</p>;
          case 'heading':
            return <h2 key={index}>{block.text}</h2>;
          case 'list':
            return (
              <ul key={index} className="lesson-list">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{item}</li>
                ))}
              </ul>
            );
          case 'example':
            return (
              <div key={index} className="lesson-example">
                <p className="lesson-example-label">{t('course.lesson.example')}</p>
                <p>{block.text}</p>
              </div>
            );
          case 'quote':
            return (
              <blockquote key={index} className="lesson-quote">
                <p>{block.text}</p>
              </blockquote>
            );
        }
      })}
    </div>
  );
}
