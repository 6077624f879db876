import type { Lesson } from '../lesson.ts';

export const givingFirst: Lesson = {
  slug: 'giving-first',
  actionPath: '/connections',
  es: {
    title: 'Dar primero: recomendaciones y presentaciones que funcionan',
    summary:
      'Quien da, recibe. Una buena recomendación es una presentación cálida, con el permiso de las dos partes y un motivo claro para hablar.',
    body: [
      {
        kind: 'paragraph',
        text: 'En los grupos de networking que mejor funcionan hay una idea que se repite: quien da, recibe. Si te conviertes en la persona que conecta a otros con buenos clientes y buenos proveedores, tu red empieza a trabajar también para ti.',
      },
      { kind: 'heading', text: 'Qué es una buena recomendación' },
      {
        kind: 'paragraph',
        text: 'No es pasar un teléfono y desear suerte. Es una presentación cálida: conoces a las dos personas, sabes que la otra tiene una necesidad real y explicas por qué deberían hablar. Una recomendación así se convierte en negocio muchas más veces que un contacto en frío.',
      },
      { kind: 'heading', text: 'Primero, el permiso' },
      {
        kind: 'paragraph',
        text: 'Antes de presentar a dos personas, pregúntale a cada una si le interesa. Nadie quiere recibir de repente la llamada de un desconocido. Pedir permiso protege tu reputación y hace que las dos lleguen a la conversación con ganas.',
      },
      { kind: 'heading', text: 'Cómo presentar a dos personas' },
      {
        kind: 'list',
        items: [
          'Di quién es cada una en una frase.',
          'Explica por qué deberían hablar: qué necesita una y qué ofrece la otra.',
          'Propón el primer paso y apártate.',
        ],
      },
      {
        kind: 'quote',
        text: 'Elena, te presento a Pablo, que organiza eventos de empresa en Sevilla. Pablo, Elena tiene una empresa de catering que busca clientes corporativos. Os he hablado al uno del otro y a los dos os interesa: ¿os tomáis un café esta semana?',
      },
      { kind: 'heading', text: 'Aprende qué recomendar' },
      {
        kind: 'paragraph',
        text: 'Para recomendar bien tienes que saber qué busca cada contacto. Pregúntalo en cada reunión y apúntalo. Y cuando recibas una recomendación, agradécela y cuenta cómo terminó: a quien te recomendó le gustará saberlo y volverá a hacerlo.',
      },
      {
        kind: 'example',
        text: 'Rosa, gestora de fincas, sabe que un electricista de su red busca comunidades de vecinos. Cuando una comunidad le pide presupuesto para renovar la iluminación, les pregunta a ambos y los presenta. El electricista cierra la obra y, meses después, le recomienda a ella para gestionar dos edificios.',
      },
    ],
    practice: [
      'Repasa tus contactos y anota qué busca cada uno.',
      'Elige a dos personas que deberían conocerse.',
      'Pide permiso a las dos antes de presentarlas.',
      'Escribe la presentación en tres frases.',
    ],
    action: {
      text: 'Abre tus contactos, elige a dos que se beneficiarían de conocerse y pregúntales a ambos si quieren que los presentes.',
      label: 'Abre tus contactos',
    },
  },
  en: {
    title: 'Giving first: referrals and introductions that work',
    summary:
      'Givers gain. A good referral is a warm introduction, made with the consent of both people and a clear reason for them to talk.',
    body: [
      {
        kind: 'paragraph',
        text: 'In the networking groups that work best, one idea keeps coming back: givers gain. If you become the person who connects others with good clients and good suppliers, your network starts working for you as well.',
      },
      { kind: 'heading', text: 'What a good referral is' },
      {
        kind: 'paragraph',
        text: 'It is not passing on a phone number and wishing them luck. It is a warm introduction: you know both people, you know the other side has a real need and you explain why they should talk. A referral like that turns into business far more often than a cold contact.',
      },
      { kind: 'heading', text: 'Consent comes first' },
      {
        kind: 'paragraph',
        text: 'Before introducing two people, ask each of them whether they are interested. Nobody wants a sudden call from a stranger. Asking first protects your reputation and means both of them arrive at the conversation keen to have it.',
      },
      { kind: 'heading', text: 'How to introduce two people' },
      {
        kind: 'list',
        items: [
          'Say who each of them is in one sentence.',
          'Explain why they should talk: what one needs and what the other offers.',
          'Suggest the first step, then step aside.',
        ],
      },
      {
        kind: 'quote',
        text: 'Elena, meet Pablo, who organises corporate events in Seville. Pablo, Elena runs a catering company looking for corporate clients. I’ve told each of you about the other and you’re both interested: could you grab a coffee this week?',
      },
      { kind: 'heading', text: 'Learn what to refer' },
      {
        kind: 'paragraph',
        text: 'To refer well you need to know what each contact is looking for. Ask in every meeting and write it down. And when you receive a referral, say thank you and tell them how it went: whoever referred you will be glad to know, and will do it again.',
      },
      {
        kind: 'example',
        text: 'Rosa, a property manager, knows that an electrician in her network is looking for residents’ associations. When one of her buildings asks for a quote to renew its lighting, she checks with both sides and introduces them. The electrician wins the job and, months later, recommends her to manage two more buildings.',
      },
    ],
    practice: [
      'Go through your contacts and note what each one is looking for.',
      'Pick two people who ought to meet.',
      'Ask both of them before you introduce them.',
      'Write the introduction in three sentences.',
    ],
    action: {
      text: 'Open your connections, choose two people who would benefit from meeting each other and ask them both whether they would like an introduction.',
      label: 'Open your connections',
    },
  },
};
