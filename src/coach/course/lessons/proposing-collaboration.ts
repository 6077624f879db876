import type { Lesson } from '../lesson.ts';

export const proposingCollaboration: Lesson = {
  slug: 'proposing-collaboration',
  actionPath: '/coach/ideas',
  es: {
    title: 'De la idea a la propuesta: colaborar con otros profesionales',
    summary:
      'Una idea de colaboración se convierte en negocio cuando la escribes como propuesta: qué hacéis juntos, quién gana qué y cuál es el primer paso.',
    body: [
      {
        kind: 'paragraph',
        text: '«Tendríamos que hacer algo juntos» es una de las frases más repetidas en el networking, y una de las que menos resultados da. La diferencia entre una buena intención y una colaboración es una propuesta concreta.',
      },
      { kind: 'heading', text: 'Formatos de colaboración' },
      {
        kind: 'list',
        items: [
          'Acuerdo de recomendación: os enviáis clientes, con o sin comisión.',
          'Oferta conjunta: un paquete que ninguno podría ofrecer solo.',
          'Subcontratación: uno hace una parte del trabajo del otro.',
          'Co-marketing: un taller, un contenido o un evento para clientes compartidos.',
          'Empresa conjunta: un proyecto nuevo con riesgos y beneficios repartidos.',
        ],
      },
      { kind: 'heading', text: 'Quién gana qué' },
      {
        kind: 'paragraph',
        text: 'Una colaboración dura si las dos partes ganan, y si lo dejáis claro desde el principio. Escribe qué aporta cada uno (tiempo, clientes, conocimiento, dinero) y qué recibe cada uno (ingresos, visibilidad, nuevos clientes). Y no olvides al tercero: el cliente tiene que salir ganando más que nadie.',
      },
      {
        kind: 'example',
        text: 'Una arquitecta y una empresa de reformas preparan un «paquete de reforma llave en mano» para pisos antiguos. Ella diseña y pide las licencias; la empresa ejecuta la obra. El cliente trata con una sola persona y tiene un precio cerrado. Acuerdan cada uno su margen por escrito y revisan el acuerdo a los tres meses.',
      },
      { kind: 'heading', text: 'Cómo escribir la propuesta' },
      {
        kind: 'paragraph',
        text: 'Una página basta: el problema del cliente que resolvéis juntos, el formato, qué aporta y qué gana cada parte, cómo mediréis el resultado y el primer paso con fecha. Empieza con algo pequeño, una prueba con un cliente o un único taller, antes de comprometeros a más.',
      },
      {
        kind: 'quote',
        text: 'Propongo que probemos la oferta conjunta con tres clientes hasta junio y que en julio revisemos juntos los números.',
      },
    ],
    practice: [
      'Elige a un contacto con quien compartes clientes.',
      'Escoge el formato que mejor encaja.',
      'Escribe qué aporta y qué gana cada parte.',
      'Propón una prueba pequeña con fecha.',
    ],
    action: {
      text: 'Sinergia te propone ideas de colaboración a partir de tus coincidencias en Descubrir: elige una y conviértela en una propuesta.',
      label: 'Ver ideas para colaborar',
    },
  },
  en: {
    title: 'From idea to proposal: working with other professionals',
    summary:
      'A collaboration idea turns into business when you write it down as a proposal: what you will do together, who gains what and what the first step is.',
    body: [
      {
        kind: 'paragraph',
        text: '“We should do something together” is one of the most common sentences in networking, and one of the least productive. The difference between good intentions and a collaboration is a concrete proposal.',
      },
      { kind: 'heading', text: 'Ways to collaborate' },
      {
        kind: 'list',
        items: [
          'Referral agreement: you send each other clients, with or without a commission.',
          'Joint offer: a package neither of you could offer alone.',
          'Subcontracting: one of you does part of the other’s work.',
          'Co-marketing: a workshop, a piece of content or an event for shared clients.',
          'Joint venture: a new project with shared risks and shared profits.',
        ],
      },
      { kind: 'heading', text: 'Who gains what' },
      {
        kind: 'paragraph',
        text: 'A collaboration lasts when both sides win and when you make that clear from the start. Write down what each of you brings (time, clients, knowledge, money) and what each of you gets (income, visibility, new clients). And don’t forget the third party: the client has to come out ahead of everyone.',
      },
      {
        kind: 'example',
        text: 'An architect and a building firm put together a “turnkey renovation package” for old flats. She designs the work and handles the permits; the firm does the building. The client deals with one person and gets a fixed price. They agree each side’s margin in writing and review the deal after three months.',
      },
      { kind: 'heading', text: 'How to write the proposal' },
      {
        kind: 'paragraph',
        text: 'One page is enough: the client’s problem you solve together, the format, what each side brings and gains, how you will measure the result and the first step with a date. Start small, with a trial for one client or a single workshop, before committing to more.',
      },
      {
        kind: 'quote',
        text: 'I suggest we try the joint offer with three clients until June, and in July we look at the numbers together.',
      },
    ],
    practice: [
      'Choose a contact you share clients with.',
      'Pick the format that fits best.',
      'Write down what each side brings and gains.',
      'Propose a small trial with a date.',
    ],
    action: {
      text: 'Sinergia suggests collaboration ideas drawn from your Discover matches: choose one and turn it into a proposal.',
      label: 'See collaboration ideas',
    },
  },
};
