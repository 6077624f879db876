import type { Lesson } from '../lesson.ts';

export const preparingMeetings: Lesson = {
  slug: 'preparing-meetings',
  actionPath: '/meetings',
  es: {
    title: 'Preparar una reunión: diez minutos que cambian la conversación',
    summary:
      'Una reunión uno a uno sale bien cuando llegas sabiendo quién es la otra persona, qué quieres conseguir y qué puedes ofrecerle.',
    body: [
      {
        kind: 'paragraph',
        text: 'Una reunión sin preparar acaba en dos personas recitando sus servicios. Diez minutos antes bastan para convertirla en una conversación con un propósito.',
      },
      { kind: 'heading', text: 'Lee la preparación' },
      {
        kind: 'paragraph',
        text: 'Repasa el perfil de la otra persona: qué ofrece, qué necesita, a quién atiende y cómo se presenta. Busca dónde se cruza con tu negocio. ¿Compartís clientes? ¿Necesita algo que ofreces tú o alguien que conoces? La preparación de cada reunión en Sinergia lo reúne en una sola página.',
      },
      { kind: 'heading', text: 'Fija uno o dos objetivos' },
      {
        kind: 'paragraph',
        text: 'Decide qué sería un buen resultado. No «vender», sino algo que puedas comprobar al salir:',
      },
      {
        kind: 'list',
        items: [
          'Entender a su cliente ideal lo bastante bien como para recomendarle.',
          'Averiguar si tiene sentido una oferta conjunta.',
          'Acordar un próximo paso con fecha.',
        ],
      },
      { kind: 'heading', text: 'Lleva algo que dar' },
      {
        kind: 'paragraph',
        text: 'Llega con al menos una cosa que ofrecer: una presentación a alguien, un recurso útil, un consejo de tu especialidad. Dar en la primera reunión marca el tono de toda la relación.',
      },
      {
        kind: 'example',
        text: 'Antes de reunirse con una fisioterapeuta, Daniel, entrenador personal, lee que ella busca más pacientes que se recuperan de lesiones de rodilla. Prepara dos cosas: el nombre de un médico deportivo de su confianza y la idea de un programa de «vuelta a correr» que podrían ofrecer juntos. La reunión empieza con un regalo y termina con un plan.',
      },
      { kind: 'heading', text: 'Los detalles' },
      {
        kind: 'paragraph',
        text: 'Confirma el día antes la hora, el lugar o el enlace de la videollamada. Ten a mano tu presentación de 60 segundos, pero no empieces por ella: empieza por su negocio. Ten dónde tomar notas.',
      },
    ],
    practice: [
      'Lee su perfil y la preparación de la reunión.',
      'Escribe uno o dos objetivos.',
      'Elige una cosa que puedas ofrecer.',
      'Prepara tres preguntas abiertas.',
      'Confirma la hora y el lugar.',
    ],
    action: {
      text: 'Abre tus reuniones, elige la próxima y repasa su preparación: las dos presentaciones, las preguntas y las ideas para colaborar.',
      label: 'Ve a tus reuniones',
    },
  },
  en: {
    title: 'Preparing a meeting: ten minutes that change the conversation',
    summary:
      'A one-to-one goes well when you arrive knowing who the other person is, what you want to achieve and what you can offer them.',
    body: [
      {
        kind: 'paragraph',
        text: 'An unprepared meeting ends with two people reciting their services. Ten minutes beforehand are enough to turn it into a conversation with a purpose.',
      },
      { kind: 'heading', text: 'Read the brief' },
      {
        kind: 'paragraph',
        text: 'Go over the other person’s profile: what they offer, what they need, whom they serve and how they present themselves. Look for where it crosses your business. Do you share clients? Do they need something that you, or someone you know, can offer? Each meeting’s brief in Sinergia puts all of this on one page.',
      },
      { kind: 'heading', text: 'Set one or two goals' },
      {
        kind: 'paragraph',
        text: 'Decide what a good outcome would be. Not “make a sale”, but something you can check when you leave:',
      },
      {
        kind: 'list',
        items: [
          'Understand their ideal client well enough to refer people to them.',
          'Find out whether a joint offer makes sense.',
          'Agree on a next step with a date.',
        ],
      },
      { kind: 'heading', text: 'Bring something to give' },
      {
        kind: 'paragraph',
        text: 'Arrive with at least one thing to offer: an introduction, a useful resource, a tip from your field. Giving in the first meeting sets the tone for the whole relationship.',
      },
      {
        kind: 'example',
        text: 'Before meeting a physiotherapist, Daniel, a personal trainer, reads that she wants more patients recovering from knee injuries. He prepares two things: the name of a sports doctor he trusts and the idea of a “back to running” programme they could offer together. The meeting starts with a gift and ends with a plan.',
      },
      { kind: 'heading', text: 'The details' },
      {
        kind: 'paragraph',
        text: 'The day before, confirm the time, the place or the video call link. Have your 60-second pitch ready, but don’t open with it: open with their business. Have somewhere to take notes.',
      },
    ],
    practice: [
      'Read their profile and the meeting brief.',
      'Write down one or two goals.',
      'Choose one thing you can offer.',
      'Prepare three open questions.',
      'Confirm the time and the place.',
    ],
    action: {
      text: 'Open your meetings, pick the next one and go over its brief: both pitches, the questions to ask and the ideas for working together.',
      label: 'Go to your meetings',
    },
  },
};
