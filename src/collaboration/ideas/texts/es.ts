import type { IdeaTexts } from './idea-texts.ts';

// The pair is addressed together (vosotros); what each side gains is said without a pronoun, so it
// reads the same whichever of the two is looking.
export const es: IdeaTexts = {
  rationale: {
    jointOffer: (w) => `Oferta conjunta${w.audience}: ${w.first} + ${w.second} en una sola propuesta, con un único interlocutor`,
    jointProject: (w) =>
      `Proyectos conjuntos: cada uno necesita lo que hace el otro (${w.first} + ${w.second}), así que podéis presentaros juntos`,
    referralComplement: (w) =>
      `Recomendaos clientes: quien contrata ${w.first} suele necesitar también ${w.second}, y al revés`,
    referralCustomer: (w) => `Recomendaos clientes: los dos trabajáis${w.audience} sin competir`,
    referralSphere: (w) => `Recomendaos clientes: los dos trabajáis en ${w.sphere}, con servicios distintos`,
    referralOverflow: (w) =>
      `Pasaos el trabajo que os sobre: los dos ofrecéis ${w.first}, uno en ${w.placeA} y otro en ${w.placeB}`,
    referralSpeciality: (w) =>
      `Derivaos los encargos de la especialidad de cada uno: ${w.first} por un lado, ${w.second} por el otro`,
    subcontract: (w) =>
      `Subcontratación: los proyectos de ${w.second} incluyen ${w.first}; encargarlo al otro evita contratar a nadie`,
    subcontractBoth: (w) =>
      `Subcontrataos: cada uno encarga al otro lo que no hace, ${w.first} por un lado y ${w.second} por el otro`,
    distributionAbroad: (w) =>
      `Acuerdo de distribución: el producto de uno (${w.first}) llega a un mercado nuevo, ${w.market}, con la red del otro (${w.second})`,
    distributionHome: (w) =>
      `Acuerdo de distribución: el producto de uno (${w.first}) llega a más clientes con la red del otro (${w.second})`,
    reseller: (w) =>
      `Acuerdo de reventa: el producto de uno (${w.first}) entra en el catálogo del otro (${w.second}), con margen para quien lo vende`,
    contentSwap: (w) =>
      `Intercambio de contenidos${w.audience}: cada uno presenta al otro ante su audiencia (${w.first} + ${w.second})`,
    sharedNewsletter: (w) => `Boletín compartido${w.audience}: consejos de ${w.first} y de ${w.second} en un mismo envío`,
    jointWebinar: (w) => `Seminario web conjunto${w.audience}: ${w.first} + ${w.second}, cada uno desde su especialidad`,
    workshop: (w) => `Taller conjunto${w.audience}: ${w.first} + ${w.second} en una misma sesión práctica`,
    sharedEvent: (w) => `Evento compartido${w.audience}: una jornada con ${w.first} + ${w.second}, y los gastos a medias`,
    jointVenture: (w) =>
      `Empresa conjunta: ${w.first} + ${w.second} se complementan y los dos buscáis socios; un negocio nuevo con el riesgo repartido`,
    jointVentureFunding: (w) =>
      `Empresa conjunta: ${w.first} + ${w.second} se complementan y los dos buscáis socios o inversión; un negocio nuevo con el riesgo repartido`,
    knowledgeElsewhere: (w) =>
      `Intercambio de conocimiento: los dos ofrecéis ${w.first}, en ${w.placeA} y en ${w.placeB}; compartid métodos, herramientas y proveedores sin competir`,
    knowledgeSpecialities: (w) =>
      `Intercambio de conocimiento: mismo oficio, distintas especialidades (${w.first} / ${w.second}); cada uno aprende lo que mejor domina el otro`,
  },
  gains: {
    jointOffer: (own, other) => `Más clientes de ${own}, que llegan con la propuesta que incluye ${other}`,
    referral: (own) => `Clientes de ${own} que llegan ya recomendados`,
    overflow: () => 'Encargos que llegan de otra ciudad y alguien de confianza para cubrir los picos de trabajo',
    contractor: (_own, other) => `Apoyo en ${other} para completar los proyectos, sin ampliar plantilla`,
    provider: (own) => `Encargos recurrentes de ${own}, sin tener que buscar clientes`,
    subcontractBoth: (own, other) => `Apoyo en ${other} cuando hace falta, y encargos de ${own} sin salir a buscarlos`,
    producer: (own) => `Nuevos puntos de venta para ${own}, sin montar una red comercial propia`,
    channel: (_own, other) => `Un producto nuevo para el catálogo (${other}), con el respaldo de quien lo produce`,
    coMarketing: (own) => `Nuevos contactos interesados en ${own}, a coste casi cero`,
    sharedEvent: (own) => `Contactos en persona interesados en ${own}, con la mitad de coste y esfuerzo`,
    jointVenture: (own) => `Una línea de negocio nueva en torno a ${own}, con el riesgo repartido`,
    knowledgeElsewhere: (own) => `Ideas y soluciones ya probadas por un colega de ${own}`,
    knowledgeSpecialities: (_own, other) => `Saber hacer en ${other}, de quien lo practica a diario`,
  },
  forCustomer: (customer) => ` para ${customer}`,
  onSphere: (sphere) => ` sobre ${sphere}`,
};
