import type { Lesson } from '../lesson.ts';

export const listening: Lesson = {
  slug: 'listening',
  actionPath: '/discover',
  es: {
    title: 'Escuchar y preguntar: la conversación 70/30',
    summary:
      'Quien hace las mejores preguntas deja la mejor impresión. Escucha el 70 % de la conversación y pregunta para descubrir qué necesita la otra persona.',
    body: [
      {
        kind: 'paragraph',
        text: 'Casi todo el mundo va a una reunión a hablar de sí mismo. Haz lo contrario: intenta escuchar alrededor del 70 % del tiempo y hablar el 30 %. Descubrirás qué necesita la otra persona, y ella se irá sintiéndose comprendida, que es lo que hace que alguien quiera trabajar contigo.',
      },
      { kind: 'heading', text: 'Preguntas que abren puertas' },
      {
        kind: 'paragraph',
        text: 'Las preguntas cerradas («¿Te va bien el negocio?») se responden con un sí o un no. Las abiertas traen historias, y las historias traen necesidades:',
      },
      {
        kind: 'list',
        items: [
          '¿Qué tipo de cliente es ideal para ti ahora mismo?',
          '¿Cuál es el mayor reto de tu negocio este año?',
          '¿Cómo te encuentra la mayoría de tus clientes?',
          '¿Cómo sería para ti una buena recomendación?',
          '¿A quién te gustaría conocer y todavía no conoces?',
        ],
      },
      { kind: 'heading', text: 'Escucha para entender, no para responder' },
      {
        kind: 'paragraph',
        text: 'Mientras la otra persona habla, no prepares tu siguiente frase. Apunta las palabras exactas con las que describe lo que necesita. Resume antes de seguir: «Entonces, lo que más te haría falta es…». Ese resumen demuestra que has escuchado y corrige cualquier malentendido en el momento.',
      },
      {
        kind: 'example',
        text: 'Lucía, interiorista, le pregunta a un constructor cómo le llegan los clientes. Él le cuenta que la mitad de sus obras empiezan con la compra de un piso y que los compradores no saben cómo amueblarlo. De esa respuesta sale un acuerdo: él la presenta cuando entrega las llaves. Hablando de su portfolio nunca lo habría descubierto.',
      },
      { kind: 'heading', text: 'Cuando te toque hablar' },
      {
        kind: 'paragraph',
        text: 'Conecta lo que ofreces con lo que acabas de oír. «Me has dicho que a tus clientes les cuesta encontrar quien les amueble el piso; eso es justo lo que hago» vale más que todo tu catálogo.',
      },
    ],
    practice: [
      'Prepara tres preguntas abiertas antes de cada reunión.',
      'Apunta sus necesidades con sus propias palabras.',
      'Resume lo que has oído antes de hablar de ti.',
      'Termina preguntando: «¿Cómo puedo ayudarte?».',
    ],
    action: {
      text: 'Abre Descubrir, elige a alguien a quien te gustaría conocer y prepárale tres preguntas a partir de lo que su perfil dice que necesita.',
      label: 'Elige a alguien en Descubrir',
    },
  },
  en: {
    title: 'Listening and asking: the 70/30 conversation',
    summary:
      'Whoever asks the best questions leaves the best impression. Listen for 70% of the conversation and ask questions that uncover what the other person needs.',
    body: [
      {
        kind: 'paragraph',
        text: 'Most people go to a meeting to talk about themselves. Do the opposite: aim to listen for about 70% of the time and to speak for 30%. You will find out what the other person needs, and they will leave feeling understood, which is what makes someone want to work with you.',
      },
      { kind: 'heading', text: 'Questions that open doors' },
      {
        kind: 'paragraph',
        text: 'Closed questions (“Is business going well?”) get a yes or a no. Open questions bring stories, and stories bring needs:',
      },
      {
        kind: 'list',
        items: [
          'What kind of client is ideal for you right now?',
          'What is the biggest challenge for your business this year?',
          'How do most of your clients find you?',
          'What would a good referral look like for you?',
          'Who would you like to meet that you haven’t met yet?',
        ],
      },
      { kind: 'heading', text: 'Listen to understand, not to reply' },
      {
        kind: 'paragraph',
        text: 'While the other person is speaking, don’t prepare your next sentence. Note down the exact words they use for what they need. Sum up before moving on: “So what you need most is…”. That summary shows you were listening and clears up any misunderstanding on the spot.',
      },
      {
        kind: 'example',
        text: 'Lucía, an interior designer, asks a builder how his clients find him. He tells her that half of his jobs start with someone buying a flat, and the buyers have no idea how to furnish it. That answer turns into an agreement: he introduces her when he hands over the keys. Talking about her portfolio, she would never have found it.',
      },
      { kind: 'heading', text: 'When it is your turn' },
      {
        kind: 'paragraph',
        text: 'Connect what you offer to what you have just heard. “You said your clients struggle to find someone to furnish their flat; that is exactly what I do” is worth more than your whole brochure.',
      },
    ],
    practice: [
      'Prepare three open questions before every meeting.',
      'Write down their needs in their own words.',
      'Sum up what you heard before talking about yourself.',
      'Finish by asking: “How can I help you?”',
    ],
    action: {
      text: 'Open Discover, choose someone you would like to meet and prepare three questions for them based on what their profile says they need.',
      label: 'Choose someone in Discover',
    },
  },
};
