import type { Lesson } from '../lesson.ts';

export const followingUp: Lesson = {
  slug: 'following-up',
  actionPath: '/meetings',
  es: {
    title: 'El seguimiento: 48 horas y un próximo paso',
    summary:
      'La mayoría de las oportunidades no se pierden en la reunión, sino después. Un mensaje en 48 horas y un próximo paso con fecha mantienen viva la relación.',
    body: [
      {
        kind: 'paragraph',
        text: 'Saliste de la reunión con buenas sensaciones, pasó una semana y ninguno de los dos escribió. Es lo más habitual, y es donde se pierde casi todo el valor del networking. Quien hace el seguimiento es quien recuerdan.',
      },
      { kind: 'heading', text: 'La regla de las 48 horas' },
      {
        kind: 'paragraph',
        text: 'Escribe antes de que pasen dos días, mientras la conversación está fresca para los dos. Un buen mensaje de seguimiento es corto y tiene tres partes:',
      },
      {
        kind: 'list',
        items: [
          'Un agradecimiento concreto: algo que dijo y te resultó útil.',
          'Lo que prometiste, hecho: el contacto, el enlace, el documento.',
          'El próximo paso que acordasteis, con fecha.',
        ],
      },
      {
        kind: 'quote',
        text: 'Gracias por el café de ayer, Carmen. Me quedo con tu idea de ofrecer sesiones de fotos en las visitas a la finca. Te presento a Luis, de Catering Almendro, como te comenté. ¿Hablamos el jueves 14 para cerrar la propuesta conjunta?',
      },
      { kind: 'heading', text: 'Siempre un próximo paso' },
      {
        kind: 'paragraph',
        text: 'Una reunión sin próximo paso es una conversación agradable que se olvida. Antes de despediros, acordad algo pequeño y concreto: enviar una propuesta, presentaros a alguien, volver a hablar en un mes. Apúntalo con su fecha en tus notas de la reunión para que Sinergia te lo recuerde ese día.',
      },
      {
        kind: 'example',
        text: 'Andrés, abogado laboralista, conoció a una consultora de recursos humanos en un desayuno. Le escribió al día siguiente con el artículo del que habían hablado y propuso revisar juntos un caso real. Tres semanas después ella le envió su primer cliente.',
      },
      { kind: 'heading', text: 'Mantén el contacto' },
      {
        kind: 'paragraph',
        text: 'Pasado el primer seguimiento, no dejes que la relación se enfríe. Comparte algo útil de vez en cuando, felicítale por un logro, recomiéndale cuando surja la ocasión. No hace falta escribir cada semana: basta con que te recuerde cuando importa.',
      },
    ],
    practice: [
      'Escribe el mensaje de seguimiento antes de 48 horas.',
      'Cumple primero lo que prometiste.',
      'Propón un próximo paso con fecha.',
      'Apunta ese paso en tus notas de la reunión.',
    ],
    action: {
      text: 'Abre tu última reunión, escribe en tus notas qué necesita la otra persona y el próximo paso con su fecha: te lo recordaremos ese día.',
      label: 'Ve a tus reuniones',
    },
  },
  en: {
    title: 'Following up: 48 hours and a next step',
    summary:
      'Most opportunities are not lost in the meeting but afterwards. A message within 48 hours and a next step with a date keep the relationship alive.',
    body: [
      {
        kind: 'paragraph',
        text: 'You left the meeting feeling good, a week went by and neither of you wrote. It is what usually happens, and it is where most of the value of networking is lost. The person who follows up is the person who is remembered.',
      },
      { kind: 'heading', text: 'The 48-hour rule' },
      {
        kind: 'paragraph',
        text: 'Write before two days have passed, while the conversation is still fresh for both of you. A good follow-up message is short and has three parts:',
      },
      {
        kind: 'list',
        items: [
          'A specific thank-you: something they said that was useful to you.',
          'What you promised, done: the contact, the link, the document.',
          'The next step you agreed on, with a date.',
        ],
      },
      {
        kind: 'quote',
        text: 'Thanks for the coffee yesterday, Carmen. I loved your idea of offering photo sessions during venue visits. As promised, let me introduce you to Luis from Almond Tree Catering. Shall we talk on Thursday the 14th to finish the joint proposal?',
      },
      { kind: 'heading', text: 'Always a next step' },
      {
        kind: 'paragraph',
        text: 'A meeting without a next step is a pleasant conversation that gets forgotten. Before you say goodbye, agree on something small and concrete: send a proposal, introduce each other to someone, talk again in a month. Write it down with its date in your meeting notes, and Sinergia will remind you on the day.',
      },
      {
        kind: 'example',
        text: 'Andrés, an employment lawyer, met an HR consultant at a breakfast event. He wrote to her the next day with the article they had discussed and suggested going through a real case together. Three weeks later she sent him his first client.',
      },
      { kind: 'heading', text: 'Stay in touch' },
      {
        kind: 'paragraph',
        text: 'After the first follow-up, don’t let the relationship go cold. Share something useful now and then, congratulate them on an achievement, recommend them when the chance comes up. You don’t need to write every week: it is enough that they think of you when it matters.',
      },
    ],
    practice: [
      'Write your follow-up message within 48 hours.',
      'Deliver what you promised first.',
      'Suggest a next step with a date.',
      'Write that step down in your meeting notes.',
    ],
    action: {
      text: 'Open your latest meeting and write down in your notes what the other person needs and the next step with its date: we will remind you on the day.',
      label: 'Go to your meetings',
    },
  },
};
