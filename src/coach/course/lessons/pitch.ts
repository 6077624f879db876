import type { Lesson } from '../lesson.ts';

export const pitch: Lesson = {
  slug: 'pitch',
  actionPath: '/coach/pitch',
  es: {
    title: 'Tu presentación: a quién ayudas y por qué le importa',
    summary:
      'Un buen pitch no es una lista de servicios. Le dice a quien escucha a quién ayudas, con qué problema, qué resultado consigue y qué buscas, en 10, 30 o 60 segundos.',
    body: [
      {
        kind: 'paragraph',
        text: 'Cuando alguien te pregunta «¿A qué te dedicas?», no te está pidiendo tu cargo. Quiere saber si eres importante para él o para alguien que conoce. Construye tu argumentario con cinco piezas:',
      },
      {
        kind: 'list',
        items: [
          'A quién ayudas: un tipo concreto de cliente, no «empresas» ni «todo el mundo».',
          'El problema: lo que les cuesta dinero, tiempo o sueño.',
          'El resultado: qué cambia para ellos después de trabajar contigo.',
          'La prueba: una cifra, un cliente con nombre o un caso breve.',
          'La petición: qué buscas ahora mismo, para que quien te escucha pueda ayudarte.',
        ],
      },
      {
        kind: 'example',
        text: 'Flojo: «Ofrecemos soluciones digitales integrales para empresas». Sólido: «Ayudo a restaurantes familiares a llenar las mesas vacías entre semana. El año pasado un bar de tapas de Valencia pasó de 30 a 55 cubiertos los martes. Me gustaría conocer a gente que trabaja con restaurantes, como distribuidores de vino».',
      },
      { kind: 'heading', text: 'Tres duraciones' },
      {
        kind: 'paragraph',
        text: 'Prepara un solo argumentario y tres cortes. En 10 segundos, para presentarte: a quién ayudas y el resultado. En 30 segundos, el pitch de ascensor: añade el problema y tu prueba. En 60 segundos, para una reunión: añade una historia breve y una petición clara.',
      },
      { kind: 'heading', text: 'Habla de quien te escucha, no de ti' },
      {
        kind: 'paragraph',
        text: 'Cuenta cuántas frases empiezan por «yo» o «nosotros» y cuántas hablan de tu cliente. Quita las palabras que suenan bien pero no dicen nada: «soluciones integrales», «líderes del sector», «sinergias». Si un competidor pudiera decir exactamente la misma frase, todavía no es tu presentación.',
      },
    ],
    practice: [
      'Escribe cada una de las cinco piezas en una sola frase.',
      'Lee en voz alta tu versión de 30 segundos con un cronómetro.',
      'Cambia una frase vaga por una cifra o un resultado concreto.',
      'Pruébala con alguien y pregúntale qué recuerda.',
    ],
    action: {
      text: 'Sinergia prepara tus tres versiones a partir de las cinco piezas y las analiza: tiempo hablando, frases vagas, foco en quien escucha y una petición clara.',
      label: 'Prepara tu presentación',
    },
  },
  en: {
    title: 'Your pitch: whom you help and why it matters to them',
    summary:
      'A good pitch is not a list of services. It tells the listener whom you help, with what problem, what result they get and what you are looking for, in 10, 30 or 60 seconds.',
    body: [
      {
        kind: 'paragraph',
        text: 'When someone asks “What do you do?”, they are not asking for your job title. They want to know whether you matter to them or to someone they know. Build your answer from five parts:',
      },
      {
        kind: 'list',
        items: [
          'Whom you help: a specific kind of client, not “businesses” or “everyone”.',
          'The problem: what is costing them money, time or sleep.',
          'The result: what changes for them after working with you.',
          'The proof: a number, a named client or a short case.',
          'The ask: what you are looking for right now, so the listener can help.',
        ],
      },
      {
        kind: 'example',
        text: 'Weak: “We offer comprehensive digital solutions for businesses.” Strong: “I help family restaurants fill their empty tables on weekdays. Last year a tapas bar in Valencia went from 30 to 55 covers on Tuesdays. I’d like to meet people who work with restaurants, such as wine distributors.”',
      },
      { kind: 'heading', text: 'Three lengths' },
      {
        kind: 'paragraph',
        text: 'Prepare one pitch and three cuts of it. In 10 seconds, to introduce yourself: whom you help and the result. In 30 seconds, the elevator pitch: add the problem and your proof. In 60 seconds, for a meeting: add a short story and a clear ask.',
      },
      { kind: 'heading', text: 'Talk about the listener, not about yourself' },
      {
        kind: 'paragraph',
        text: 'Count how many sentences start with “I” or “we” and how many are about your client. Cut the words that sound impressive but say nothing: “integrated solutions”, “industry leaders”, “synergies”. If a competitor could say exactly the same sentence, it is not your pitch yet.',
      },
    ],
    practice: [
      'Write each of the five parts as a single sentence.',
      'Read your 30-second version aloud with a timer running.',
      'Replace one vague phrase with a number or a concrete result.',
      'Try it on someone and ask what they remember.',
    ],
    action: {
      text: 'Sinergia builds your three versions from the five parts and analyses them: speaking time, vague phrases, focus on the listener and a clear ask.',
      label: 'Build your pitch',
    },
  },
};
