import type { PitchVocabulary } from './vocabulary.ts';

/** Spanish word lists for the pitch analysis. Add phrases freely: matching ignores case and accents. */
export const spanish: PitchVocabulary = {
  stopWords: [
    'de', 'la', 'que', 'el', 'en', 'y', 'a', 'los', 'se', 'del', 'las', 'un', 'por', 'con', 'no', 'una', 'su',
    'para', 'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'o', 'este', 'sí', 'porque', 'esta',
    'entre', 'cuando', 'muy', 'sin', 'sobre', 'también', 'me', 'hasta', 'hay', 'donde', 'quien', 'desde', 'todo',
    'nos', 'durante', 'todos', 'uno', 'les', 'ni', 'contra', 'otros', 'ese', 'eso', 'ante', 'ellos', 'e', 'esto',
    'mí', 'antes', 'algunos', 'qué', 'unos', 'yo', 'otro', 'otras', 'otra', 'él', 'tanto', 'esa', 'estos',
    'mucho', 'quienes', 'nada', 'muchos', 'cual', 'poco', 'ella', 'estar', 'estas', 'algunas', 'algo',
    'nosotros', 'mi', 'mis', 'tú', 'te', 'ti', 'tu', 'tus', 'ellas', 'vosotros', 'os', 'son', 'soy', 'somos',
    'eres', 'tengo', 'tiene', 'tienen', 'hace', 'cada', 'u', 'pues', 'así', 'aunque', 'si', 'ha', 'he', 'han',
  ],
  buzzPhrases: [
    'sinergia*', 'sinérgic*', '360º', '360°', '360 grados', 'visión 360', 'enfoque 360', 'win-win', 'ganar-ganar',
    'innovador*', 'innovación', 'vanguardia', 'de vanguardia', 'a la vanguardia', 'disruptiv*', 'ecosistema*',
    'holístic*', 'transformación digital', 'llave en mano', 'siguiente nivel', 'al siguiente nivel',
    'impulsar tu negocio', 'potenciar tu negocio', 'optimización de procesos', 'optimizar procesos',
    'propuesta de valor', 'aportar valor', 'aportamos valor', 'aporto valor', 'generar valor', 'crear valor',
    'cliente en el centro', 'orientados al cliente', 'orientado al cliente', 'apasionados', 'nuestra pasión',
    'mi pasión', 'expertos en soluciones', 'partner estratégico', 'socio estratégico',
  ],
  vaguePhrases: [
    'soluciones integrales', 'solución integral', 'servicio integral', 'servicios integrales', 'gestión integral',
    'líderes del sector', 'líder del sector', 'líderes en el sector', 'líder en el sector', 'líderes del mercado',
    'líder del mercado', 'líderes en', 'referentes en', 'referente en', 'empresa líder', 'valor añadido',
    'calidad', 'alta calidad', 'de calidad', 'máxima calidad', 'calidad-precio', 'los mejores', 'las mejores',
    'el mejor', 'la mejor', 'mejor precio', 'mejores precios', 'precios competitivos', 'excelencia',
    'profesionalidad', 'máxima satisfacción', 'satisfacción del cliente', 'soluciones a medida',
    'soluciones personalizadas', 'servicio personalizado', 'atención personalizada', 'amplia experiencia',
    'dilatada experiencia', 'gran experiencia', 'larga trayectoria', 'altamente cualificad*', 'equipo de profesionales',
    'equipo multidisciplinar', 'todo tipo de', 'cualquier tipo de', 'lo que necesites', 'todo lo que necesites',
    'amplia gama', 'nuestro compromiso', 'máximo compromiso', 'de primer nivel', 'primer nivel',
  ],
  listenerWords: [
    'tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'tuyo', 'tuya', 'tuyos', 'tuyas', 'usted', 'ustedes', 'vosotros',
    'vosotras', 'os', 'vuestro', 'vuestra', 'vuestros', 'vuestras',
    // Spanish drops the pronoun: these verb forms address the listener on their own.
    'eres', 'tienes', 'quieres', 'necesitas', 'conoces', 'sabes', 'puedes', 'imagina', 'imagínate', 'piensa',
    'pierdes', 'consigues', 'vendes', 'dedicas', 'llevas', 'diriges', 'buscas',
  ],
  selfWords: [
    'yo', 'me', 'mi', 'mis', 'mí', 'conmigo', 'mío', 'mía', 'nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra',
    'nuestros', 'nuestras', 'soy', 'somos',
    // The verbs a company talks about itself with.
    'ofrecemos', 'tenemos', 'contamos', 'hacemos', 'damos', 'creemos', 'apostamos', 'disponemos', 'proporcionamos',
  ],
  partCues: {
    audience: [
      'ayud* a', 'ayud* al', 'ayud* a los', 'trabaj* con', 'trabaj* para', 'acompañ* a', 'asesor* a',
      'especializad* en', 'me especializo en', 'nos especializamos en', 'mis clientes', 'nuestros clientes',
      'clientes como', 'si eres', 'si tienes', 'si usted', 'si llevas', 'si diriges', 'para quien*',
      'directores de', 'directoras de', 'responsables de', 'me dirijo a',
      'doy servicio a', 'damos servicio a', 'dueñ*', 'propietari*', 'gerente*', 'autónom*', 'pymes',
      'pequeñas empresas', 'pequeños negocios', 'emprendedor*', 'familias',
    ],
    problem: [
      'problema*', 'pierd*', 'pérdida*', 'cuesta*', 'no tienen tiempo', 'no tienes tiempo', 'sin tiempo',
      'dolor de cabeza', 'quebradero*', 'se pasan', 'te pasas', 'frustr*', 'preocup*', 'no saben', 'no sabes',
      'sufr*', 'difícil', 'agobi*', 'caos', 'errores', 'retrasos', 'multas', 'impagos', 'se les escapa*',
      'se te escapa*', 'desperdici*', 'malgast*', 'papeleo', 'horas muertas',
    ],
    result: ['para que', 'de modo que', 'de forma que', 'así que', 'lo que significa', 'gracias a'],
    proof: [
      'por ejemplo', 'clientes como', 'entre mis clientes', 'entre nuestros clientes', 'un caso', 'el caso de',
      'el año pasado', 'el mes pasado', 'este año', 'hasta ahora', 'ya he', 'ya hemos', 'he ayudado',
      'hemos ayudado', 'ayudé', 'conseguí', 'logré', 'como hice con', 'confían en',
    ],
    difference: [
      'a diferencia de', 'lo que me diferencia', 'lo que nos diferencia', 'me diferencia', 'nos diferencia',
      'me distingue', 'nos distingue', 'el único', 'la única', 'los únicos', 'las únicas', 'en lugar de',
      'en vez de', 'sin necesidad de', 'mientras otros', 'mientras la mayoría', 'no como', 'distint*',
      'diferente', 'mi método', 'método propio', 'garantiz*', 'garantía', 'antes fui', 'antes trabajé',
      'vengo de', 'he sido', 'años de experiencia',
    ],
  },
  outcomes: [
    'ahorr*', 'aument*', 'reduc*', 'reduj*', 'duplic*', 'tripl*', 'multiplic*', 'recuper*', 'consig*', 'consegu*', 'logr*',
    'crec*', 'llen*', 'recort*', 'evit*', 'elimin*', 'cobr* antes', 'cobr* a tiempo', 'factur* más', 'vend* más', 'más clientes',
    'más ventas', 'más reservas', 'menos tiempo', 'menos errores', 'menos costes', 'gan* más',
    'gan* tiempo', 'gan* clientes',
  ],
  askCues: [
    'busco', 'buscamos', 'estoy buscando', 'estamos buscando', 'lo que busco', 'me encantaría conocer',
    'me encantaría que me presentaras', 'me encantaría hablar con', 'me gustaría conocer', 'quiero conocer',
    'necesito conocer', 'conoces a', 'conocéis a', 'conoce a', 'sabes de alguien', 'si conoces', 'preséntame',
    'me presentas', 'me presentarías', 'podrías presentarme', 'me puedes presentar', 'ponerme en contacto con',
    'me pones en contacto', 'una presentación a', 'te pido', 'mi petición',
  ],
  vagueAskWords: [
    'cliente', 'clientes', 'nuevo', 'nuevos', 'nueva', 'nuevas', 'más', 'oportunidad', 'oportunidades',
    'colaboración', 'colaboraciones', 'colaborar', 'sinergias', 'contacto', 'contactos', 'proyecto', 'proyectos',
    'negocio', 'negocios', 'empresa', 'empresas', 'gente', 'persona', 'personas', 'alguien', 'cualquiera',
    'cualquier', 'socio', 'socios', 'partners', 'crecer', 'seguir', 'creciendo', 'ayuda', 'interesad*',
    'interesar', 'conocer', 'pueda', 'puedan', 'necesite', 'necesiten', 'servicios', 'tipo',
  ],
  numberWords: [
    'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'quince',
    'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'cien', 'ciento', 'cientos', 'doscientos',
    'trescientos', 'quinientos', 'mil', 'miles', 'millón', 'millones', 'docena', 'decenas',
  ],
  ratioCues: ['por ciento', 'el doble', 'el triple', 'la mitad', 'doble', 'triple', 'mitad'],
  timeUnits: [
    'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'hora', 'horas', 'minuto', 'minutos',
    'trimestre', 'trimestres',
  ],
  periodCues: [
    'al mes', 'al año', 'al día', 'a la semana', 'por semana', 'por mes', 'por año', 'cada mes', 'cada semana',
    'cada año', 'cada día', 'en un año', 'en un mes', 'en una semana', 'el año pasado', 'este año',
  ],
  introCues: ['soy', 'me llamo', 'mi nombre es', 'te habla'],
  capitalisedCommonWords: [],
};
