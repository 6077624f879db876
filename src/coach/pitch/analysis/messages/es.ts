import { formatDuration, type PitchMessages } from './pitch-messages.ts';

const q = (text: string) => `«${text}»`;

/** Suggestions in Spanish, addressing the member as tú. */
export const spanishMessages: PitchMessages = {
  empty: ({ targetWords, targetSeconds }) =>
    `Aún no hay texto que analizar. Escribe tu presentación en 3 a 5 frases cortas, unas ${targetWords} palabras para ${targetSeconds} s, que digan a quién ayudas, qué problema resuelves, qué consiguen, una prueba, qué te hace diferente y qué buscas.`,
  missingPart: {
    audience: 'Di a quién ayudas, con precisión: no «empresas», sino «clínicas dentales de Valencia» o «autónomos que facturan por horas».',
    problem: 'Nombra el problema que resuelves con las palabras de tu cliente: «pierden diez horas al mes con las facturas», «se les escapan reservas por la noche».',
    result: 'Explica qué consiguen tus clientes gracias a ti, un resultado que se note: «cobran en 15 días», «llenan la agenda de los martes».',
    proof: 'Añade una prueba: una cifra, un cliente con nombre o un caso real («a la Clínica Sonrisa le recuperé 40 pacientes en tres meses»).',
    difference: 'Di qué te hace diferente de las alternativas: «A diferencia de una gestoría, voy a tu local cada semana».',
    ask: 'Termina con una petición concreta, a quién quieres conocer: «¿Conoces a algún dueño de restaurante en Valencia? Me encantaría que me lo presentaras».',
  },
  otherLanguage: (detected) =>
    detected === 'en'
      ? 'Este texto parece estar en inglés, pero lo estás analizando como español. Analízalo en inglés o escríbelo en español para que las sugerencias te sirvan.'
      : 'Este texto no parece estar en español ni en inglés, los dos idiomas que entiende el análisis. Escribe tu presentación en español (o analízala en inglés) para que las sugerencias te sirvan.',
  tooShort: ({ words, seconds, targetWords, targetSeconds }) =>
    `Con ${words} palabras (${formatDuration(seconds)}) tu presentación se queda corta para ${targetSeconds} s: apunta a unas ${targetWords} palabras y añade lo que falte (a quién ayudas, el resultado, una prueba, tu petición).`,
  tooLong: ({ words, seconds, targetWords, targetSeconds }) =>
    `Tu presentación tiene ${words} palabras (${formatDuration(seconds)} en voz alta) y es para ${targetSeconds} s: recórtala a unas ${targetWords} palabras. Quédate con a quién ayudas, el resultado, una prueba y tu petición.`,
  longSentence: (quote, words) =>
    `Esta frase tiene ${words} palabras: ${q(quote)}. Pártela en frases de menos de 20 palabras; dichas en voz alta se entienden mucho mejor.`,
  buzzPhrase: (quote) =>
    `${q(quote)} es jerga que quien te escucha ha oído mil veces y no recordará. Di qué haces exactamente, con las palabras de tu cliente.`,
  vaguePhrase: (quote) =>
    `${q(quote)} no dice nada que se pueda comprobar. Cámbialo por una cifra, un cliente o un resultado concreto.`,
  selfFocus: (quote) =>
    `${q(quote)} habla de ti. Dale la vuelta hacia quien escucha y lo que gana: «Si tienes una clínica…», «Consigues…», «¿Conoces a…?».`,
  noListener:
    'Háblale a quien te escucha: una pregunta o un «tú» («¿Sabes cuántas horas pierdes con…?») hace que se sienta parte de la conversación.',
  noNumbers: (quote) =>
    quote
      ? `${q(quote)}: ¿cuánto? Ponle una cifra o un plazo, por ejemplo «un 30 % menos de impagos en tres meses».`
      : 'Añade al menos una cifra: cuánto, cuántos o en cuánto tiempo («recupero 15 horas al mes»).',
  noTimeFrame: 'Di en cuánto tiempo se nota el resultado: «en tres meses», «cada semana».',
  noNamedClient: 'Nombra un cliente o un caso real (con su permiso): un nombre se recuerda mucho más que «muchos clientes».',
  vagueAsk: (quote) =>
    `${q(quote)} es una petición demasiado general: al oírla nadie piensa en un nombre. Di a quién exactamente quieres conocer (sector, cargo, zona).`,
};
