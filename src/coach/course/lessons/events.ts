import type { Lesson } from '../lesson.ts';

export const events: Lesson = {
  slug: 'events',
  actionPath: '/discover',
  es: {
    title: 'Networking en eventos: antes, durante y después',
    summary:
      'Un evento no se aprovecha repartiendo tarjetas. Se aprovecha eligiendo antes a quién quieres conocer, teniendo pocas conversaciones buenas y haciendo seguimiento al día siguiente.',
    body: [
      {
        kind: 'paragraph',
        text: 'Ferias, desayunos de empresarios, congresos, encuentros de la cámara de comercio: los eventos reúnen en una sala a muchas personas que quizá quieras conocer. También es fácil salir de ellos con cuarenta tarjetas y ninguna relación. La clave está en lo que haces antes y después.',
      },
      { kind: 'heading', text: 'Antes' },
      {
        kind: 'list',
        items: [
          'Mira quién va a asistir y elige a tres o cuatro personas que quieras conocer.',
          'Escríbeles antes para quedar un momento durante el evento.',
          'Repasa tu presentación de 10 segundos: es la que más vas a usar.',
        ],
      },
      { kind: 'heading', text: 'Durante' },
      {
        kind: 'paragraph',
        text: 'Calidad antes que cantidad: cinco conversaciones de diez minutos valen más que cincuenta saludos. Acércate a grupos de tres, que suelen estar más abiertos que las parejas. Empieza preguntando por la otra persona y escucha. Cuando la conversación haya dado de sí, despídete con naturalidad y, si tiene sentido, acordad volver a hablar.',
      },
      {
        kind: 'quote',
        text: 'Me ha encantado hablar contigo. Te dejo seguir saludando: ¿te escribo la semana que viene y buscamos un rato para un café?',
      },
      {
        kind: 'example',
        text: 'Sara, diseñadora gráfica, va a una feria de franquicias. Antes elige a cuatro franquiciadores que están creciendo y escribe a dos. En la feria habla con seis personas y apunta en el móvil, después de cada charla, qué necesita cada una. Al día siguiente escribe a las seis; tres aceptan una reunión.',
      },
      { kind: 'heading', text: 'Después' },
      {
        kind: 'paragraph',
        text: 'El evento de verdad empieza al día siguiente. Escribe en 48 horas a las personas con las que hablaste, recordándoles de qué conversasteis, y propón una reunión uno a uno a las más prometedoras. Una conversación de pasillo rara vez se convierte en negocio; una reunión preparada, sí.',
      },
    ],
    practice: [
      'Elige antes a quién quieres conocer.',
      'Ten lista tu presentación de 10 segundos.',
      'Apunta qué necesita cada persona justo después de hablar.',
      'Escribe a todos en 48 horas y propón reuniones.',
    ],
    action: {
      text: 'Antes de tu próximo evento, busca en Descubrir a las personas que más te conviene conocer y proponles una reunión.',
      label: 'Busca a quién conocer',
    },
  },
  en: {
    title: 'Networking at events: before, during and after',
    summary:
      'You don’t make the most of an event by handing out business cards. You do it by choosing whom to meet beforehand, having a few good conversations and following up the next day.',
    body: [
      {
        kind: 'paragraph',
        text: 'Trade fairs, business breakfasts, conferences, chamber of commerce meet-ups: events gather many people you might want to meet in one room. They also make it easy to leave with forty business cards and no relationships at all. The key lies in what you do before and after.',
      },
      { kind: 'heading', text: 'Before' },
      {
        kind: 'list',
        items: [
          'Look at who is attending and choose three or four people you want to meet.',
          'Write to them beforehand to arrange a moment together at the event.',
          'Go over your 10-second pitch: it is the one you will use most.',
        ],
      },
      { kind: 'heading', text: 'During' },
      {
        kind: 'paragraph',
        text: 'Quality over quantity: five ten-minute conversations are worth more than fifty handshakes. Approach groups of three, which tend to be more open than pairs. Start by asking about the other person, and listen. When the conversation has run its course, leave gracefully and, if it makes sense, agree to talk again.',
      },
      {
        kind: 'quote',
        text: 'It’s been great talking to you. I’ll let you carry on meeting people: shall I write to you next week so we can find time for a coffee?',
      },
      {
        kind: 'example',
        text: 'Sara, a graphic designer, goes to a franchise fair. Beforehand she picks four franchisors who are growing and writes to two of them. At the fair she talks to six people and, after each chat, notes on her phone what they need. The next day she writes to all six; three agree to a meeting.',
      },
      { kind: 'heading', text: 'After' },
      {
        kind: 'paragraph',
        text: 'The real event starts the next day. Within 48 hours, write to the people you talked to, reminding them what you discussed, and propose a one-to-one meeting to the most promising ones. A corridor conversation rarely becomes business; a prepared meeting often does.',
      },
    ],
    practice: [
      'Choose in advance whom you want to meet.',
      'Have your 10-second pitch ready.',
      'Note what each person needs right after talking to them.',
      'Write to everyone within 48 hours and propose meetings.',
    ],
    action: {
      text: 'Before your next event, use Discover to find the people most worth meeting and propose a meeting to them.',
      label: 'Find whom to meet',
    },
  },
};
