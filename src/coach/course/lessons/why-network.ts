import type { Lesson } from '../lesson.ts';

export const whyNetwork: Lesson = {
  slug: 'why-network',
  actionPath: '/coach/obstacles',
  es: {
    title: 'Por qué hacer networking: cuando 1 + 1 = 3',
    summary:
      'Hacer networking no es venderle a desconocidos. Es crear relaciones en las que los dos negocios salen más fuertes de lo que serían por separado.',
    body: [
      {
        kind: 'paragraph',
        text: 'La mayoría de los negocios no llegan por la publicidad. Llegan por alguien que te conoce, confía en ti y dice tu nombre en el momento oportuno. El networking es la forma deliberada de convertirte en ese nombre: conocer a profesionales que comparten tus clientes, entender su negocio y encontrar dónde lo suyo y lo tuyo se suman.',
      },
      { kind: 'heading', text: '1 + 1 = 3' },
      {
        kind: 'paragraph',
        text: 'Una buena relación profesional crea un valor que ninguna de las dos partes podría crear sola. Una fotógrafa de bodas y una floristería atienden a las mismas parejas sin competir. Cada vez que una recomienda a la otra, la pareja encuentra un proveedor de confianza, el negocio recomendado gana un cliente y quien recomienda queda bien. Nadie ha pagado un anuncio.',
      },
      {
        kind: 'example',
        text: 'Marta, asesora fiscal, conoce a Javier, que monta tiendas online. Ella tiene clientes que quieren vender por internet; él tiene clientes que nunca saben qué hacer con sus impuestos. En un año se han enviado once clientes y cada trimestre organizan juntos un taller para quien abre su primera tienda.',
      },
      { kind: 'heading', text: 'Da primero' },
      {
        kind: 'paragraph',
        text: 'La forma más rápida de recibir ayuda es ayudar. Comparte un contacto, un artículo, una oportunidad, una opinión sincera. La gente recuerda a quien le fue útil antes de pedir nada, y busca la manera de devolverlo.',
      },
      { kind: 'heading', text: 'Juega a largo plazo' },
      {
        kind: 'paragraph',
        text: 'El networking funciona como el interés compuesto: pequeños esfuerzos constantes que durante meses parecen no dar nada y luego empiezan a devolver. Una buena conversación a la semana son cincuenta al año. Mídelo por las relaciones que construyes, no por la venta después del primer café.',
      },
      { kind: 'quote', text: 'Tu red no es la gente que conoces, sino la gente que sabe lo que haces y confía en que lo haces bien.' },
    ],
    practice: [
      'Apunta tres tipos de profesionales que atienden a tus clientes sin competir contigo.',
      'Decide cuánto tiempo a la semana puedes dedicarle de verdad: incluso 15 minutos cuentan.',
      'Piensa en una persona a la que podrías ayudar esta semana sin esperar nada a cambio.',
    ],
    action: {
      text: 'El primer paso es reconocer con sinceridad qué te frena. Sinergia convierte cada obstáculo en un paso pequeño y concreto.',
      label: 'Cuéntanos qué te frena',
    },
  },
  en: {
    title: 'Why network: when 1 + 1 = 3',
    summary:
      'Networking is not selling to strangers. It is building relationships in which both businesses end up stronger than either would be on its own.',
    body: [
      {
        kind: 'paragraph',
        text: 'Most business does not come from advertising. It comes from someone who knows you, trusts you and says your name at the right moment. Networking is the deliberate way of becoming that name: meeting professionals who share your clients, understanding their business and finding where theirs and yours add up.',
      },
      { kind: 'heading', text: '1 + 1 = 3' },
      {
        kind: 'paragraph',
        text: 'A good professional relationship creates value that neither side could create alone. A wedding photographer and a florist serve the same couples without competing. Every time one recommends the other, the couple finds a supplier they can trust, the recommended business wins a client and the one who recommended looks good. Nobody paid for an advert.',
      },
      {
        kind: 'example',
        text: 'Marta, an accountant, meets Javier, who builds online shops. She has clients who want to sell online; he has clients who never know what to do about their taxes. Within a year they have sent each other eleven clients, and every quarter they run a joint workshop for people opening their first shop.',
      },
      { kind: 'heading', text: 'Give first' },
      {
        kind: 'paragraph',
        text: 'The quickest way to get help is to give it. Share a contact, an article, a lead, an honest opinion. People remember who was useful to them before asking for anything, and they look for a way to return the favour.',
      },
      { kind: 'heading', text: 'Play the long game' },
      {
        kind: 'paragraph',
        text: 'Networking works like compound interest: small, steady efforts that seem to give nothing for months and then start paying back. One good conversation a week is fifty a year. Measure it by the relationships you build, not by a sale after the first coffee.',
      },
      { kind: 'quote', text: 'Your network is not the people you know; it is the people who know what you do and trust you to do it well.' },
    ],
    practice: [
      'Write down three kinds of professionals who serve your clients without competing with you.',
      'Decide how much time a week you can really give it: even 15 minutes counts.',
      'Think of one person you could help this week without expecting anything back.',
    ],
    action: {
      text: 'The first step is to admit honestly what holds you back. Sinergia turns each obstacle into one small, concrete step.',
      label: 'Tell us what holds you back',
    },
  },
};
