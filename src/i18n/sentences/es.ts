/**
 * Frases en español (docs/style/es.md): tratamiento de usted, códigos con artículo («el 550»),
 * títulos citados entre comillas angulares y etapas con su propia preposición («en RCPT TO», «al
 * final de los datos del mensaje»), para que cada lista concuerde sin retoques.
 */
import type { ClassDigit, Outcome, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import type { BounceType, Category, Provider, SenderAction, Stage } from '../../data/schema.ts';
import { c, english, list, plural, samp, type Part, type Sentences } from './types.ts';

const LOCALE = 'es';

const PROVIDERS: Record<Provider, string> = {
  google: 'Gmail y Google Workspace',
  microsoft: 'Microsoft 365 y Outlook.com',
  yahoo: 'Yahoo Mail',
};
const OUTCOME_LABEL: Record<Outcome, string> = {
  success: 'Éxito',
  intermediate: 'A la espera de más datos',
  transient: 'Error temporal',
  permanent: 'Error permanente',
};
/** Lo que indica un código: complemento de «indicar». */
const OUTCOME_NOUN: Record<Outcome, string> = {
  success: 'éxito',
  intermediate: 'que el servidor espera más datos',
  transient: 'un error temporal',
  permanent: 'un error permanente',
};
const ACTION_LABEL: Record<SenderAction, string> = {
  nothing: 'No hay nada que hacer',
  'retry-later': 'Vuelva a intentarlo más tarde',
  'fix-and-resend': 'Corrija la causa y vuelva a enviar el mensaje',
  'do-not-retry': 'No lo vuelva a intentar',
};
const BOUNCE_LABEL: Record<BounceType, string> = { none: 'No es un rebote', soft: 'Rebote temporal', hard: 'Rebote permanente' };
const AFTER_ACTION: Record<SenderAction, string> = {
  nothing: 'la sesión continúa sin más: no hay nada que corregir',
  'retry-later': 'el servidor de envío conserva el mensaje y vuelve a intentarlo más tarde',
  'fix-and-resend': 'volver a enviar el mensaje solo sirve una vez corregida la causa',
  'do-not-retry': 'el servidor de envío desiste y devuelve el mensaje al remitente',
};
/** De qué trata un código: complemento de «trata», con su preposición ya contraída («del buzón»). */
const CATEGORY: Record<Category, string> = {
  information: 'de la información',
  connection: 'de la conexión',
  transaction: 'de la transacción de correo',
  'remote-queue': 'de las colas remotas',
  protocol: 'del protocolo',
  addressing: 'de las direcciones',
  mailbox: 'del buzón',
  capacity: 'de la capacidad',
  'server-error': 'de un error del servidor',
  'security-policy': 'de la seguridad y las políticas',
  authentication: 'de la autenticación',
};
/** Cada etapa con la preposición que le corresponde. */
const STAGE: Record<Stage, Part[]> = {
  greeting: ['en el saludo inicial de la conexión'],
  ehlo: ['en ', c('EHLO'), '/', c('HELO')],
  starttls: ['en ', c('STARTTLS')],
  auth: ['en ', c('AUTH')],
  mail: ['en ', c('MAIL FROM')],
  rcpt: ['en ', c('RCPT TO')],
  data: ['en ', c('DATA')],
  'end-of-data': ['al final de los datos del mensaje'],
  'vrfy-expn': ['en ', c('VRFY'), '/', c('EXPN')],
  help: ['en ', c('HELP')],
  etrn: ['en ', c('ETRN')],
  atrn: ['en ', c('ATRN')],
  any: ['en cualquier comando'],
  quit: ['en ', c('QUIT')],
};
/** Etapas como alternativas: el código puede aparecer en cualquiera de ellas. */
const stages = (list_: readonly Stage[]) => list(LOCALE, list_.map((s) => STAGE[s]), 'disjunction');
/** Un código con su artículo: «el 550». */
const the = (code: string): Part[] => ['el ', c(code)];
const The = (code: string): Part[] => ['El ', c(code)];

const BASIC_CLASS: Record<ClassDigit, string> = {
  '2': 'que el comando se ejecutó correctamente',
  '3': 'que el servidor aceptó el comando hasta ahora y espera más datos',
  '4': 'un error temporal: el mismo comando puede funcionar más tarde',
  '5': 'un error permanente: el mismo comando volverá a fallar',
};
const BASIC_SUBJECT: Record<ReplySubject, string> = {
  syntax: 'la respuesta trata de la sintaxis',
  information: 'la respuesta contesta a una petición de información',
  connections: 'la respuesta trata de la conexión',
  unspecified: 'el RFC 5321 deja este dígito sin especificar',
  'mail-system': 'la respuesta trata del sistema de correo',
};
const ENHANCED_CLASS: Record<EnhancedClass, string> = {
  '2': 'que la entrega se completó',
  '4': 'un error temporal: el mensaje puede llegar si se vuelve a enviar más tarde',
  '5': 'un error permanente: volver a enviar el mismo mensaje volverá a fallar',
};
const ENHANCED_SUBJECT: Record<EnhancedSubject, string> = {
  '0': 'un problema sin tipo concreto',
  '1': 'un problema con una dirección',
  '2': 'un problema con el buzón',
  '3': 'un problema del sistema de correo receptor',
  '4': 'un problema de red o de enrutamiento',
  '5': 'un problema del protocolo de entrega',
  '6': 'un problema con el contenido del mensaje o su formato',
  '7': 'un problema de seguridad o de política',
};

const quote = (text: string): Part[] => [`«${text}»`];

export const es: Sentences = {
  sentenceGap: ' ',
  quote,
  providerName: (provider) => PROVIDERS[provider],

  verdict: (outcome, action) => [`${OUTCOME_LABEL[outcome]}. ${ACTION_LABEL[action]}.`],
  codeCount: (count) => [`${count} ${plural(LOCALE, count) === 'one' ? 'código' : 'códigos'}`],
  replyFrom: (sender, versions) => ['Enviada por ', english(sender), ...(versions ? [' (', english(versions), ')'] : [])],
  notInRegistry: (providers) => ['No figura en el registro de IANA: es un código propio de ', ...list(LOCALE, providers.map((p) => PROVIDERS[p]), 'conjunction')],
  combination: (basic, basicTitle, code, title) => [...The(basic), ' indica ', ...quote(basicTitle), ', y ', ...the(code), ' explica el motivo: ', ...quote(title), '.'],
  confusedWithLead: (code) => ['Comparaciones con los códigos que se suelen confundir con ', ...the(code), ':'],
  diagramTitle: (codes) =>
    codes.length === 1
      ? ['Sesión SMTP: dónde puede aparecer ', ...the(codes[0]!)]
      : ['Sesión SMTP: dónde pueden aparecer ', ...list(LOCALE, codes.map(the), 'conjunction')],
  diagramLegend: (code, list_) => [...The(code), ': ', ...stages(list_)],

  reasonVerdict: (bounce, action) => [`${BOUNCE_LABEL[bounce]}. ${ACTION_LABEL[action]}.`],
  suppressAdvice: (suppress) =>
    suppress
      ? ['Deje de enviar a esta dirección: retírela de sus listas de correo.']
      : ['Mantenga la dirección en sus listas de correo: esto no la invalida.'],

  comparePageTitle: (a, titleA, b, titleB) => [c(a), ' frente a ', c(b), ': ', ...quote(titleA), ' o ', ...quote(titleB)],
  compareOutcome: (a, outcomeA, b, outcomeB) =>
    outcomeA === outcomeB
      ? ['Tanto ', ...the(a), ' como ', ...the(b), ` indican ${OUTCOME_NOUN[outcomeA]}.`]
      : [...The(a), ` indica ${OUTCOME_NOUN[outcomeA]}, mientras que `, ...the(b), ` indica ${OUTCOME_NOUN[outcomeB]}.`],
  compareAction: (codes, action) => ['Tras ', ...list(LOCALE, codes.map(the), 'disjunction'), `, ${AFTER_ACTION[action]}.`],
  compareBounce: (codes, bounce: BounceType) => {
    if (codes.length === 2) {
      return [{ none: 'Ninguno de los dos es un rebote.', soft: 'Los dos son rebotes temporales.', hard: 'Los dos son rebotes permanentes.' }[bounce]];
    }
    return [...The(codes[0]!), { none: ' no es un rebote.', soft: ' es un rebote temporal.', hard: ' es un rebote permanente.' }[bounce]];
  },
  compareStagesShared: (list_) => ['Los dos pueden aparecer ', ...stages(list_), '.'],
  compareStagesAlso: (code, list_) => [...The(code), ' también puede aparecer ', ...stages(list_), '.'],
  compareStagesApart: (a, stagesA, b, stagesB) => [
    'Aparecen en momentos distintos de la sesión: ',
    ...the(a),
    ', ',
    ...stages(stagesA),
    '; ',
    ...the(b),
    ', ',
    ...stages(stagesB),
    '.',
  ],
  compareConnection: (codes, effect) => [
    'Con ',
    ...list(LOCALE, codes.map(the), 'conjunction'),
    effect === 'closes' ? ', el servidor cierra la conexión.' : ', el servidor puede cerrar la conexión.',
  ],
  fixEach: (code, action) => [...The(code), `: ${ACTION_LABEL[action].charAt(0).toLowerCase()}${ACTION_LABEL[action].slice(1)}.`],
  adviceTransientOrPermanent: (transient, permanent) => [
    'Envíe ',
    ...the(transient),
    ' cuando el mismo comando pueda funcionar más tarde sin ningún cambio, y ',
    ...the(permanent),
    ' cuando no: los clientes solo actúan según el primer dígito.',
  ],
  adviceByCategory: (a, categoryA, b, categoryB) => [
    'Los dos son el mismo tipo de error, así que elija según lo que haya fallado: ',
    ...the(a),
    ` trata ${CATEGORY[categoryA]}, y `,
    ...the(b),
    `, ${CATEGORY[categoryB]}.`,
  ],
  adviceByDefinition: (a, definitionA, b, definitionB) => [
    'Los dos son el mismo tipo de error sobre el mismo tipo de problema, así que deciden sus definiciones: ',
    ...the(a),
    ' significa ',
    samp(definitionA),
    ', y ',
    ...the(b),
    ', ',
    samp(definitionB),
    '.',
  ],

  unknownCode: (code) => ['El código ', c(code), ' no figura en esta referencia.'],
  basicClassDigit: (digit, meaning) =>
    meaning
      ? ['Su primer dígito, ', c(digit), ', indica ', BASIC_CLASS[meaning], '.']
      : ['Su primer dígito, ', c(digit), ', no existe en SMTP: las respuestas empiezan por 2, 3, 4 o 5.'],
  basicSubjectDigit: (digit, meaning) =>
    meaning
      ? ['Su segundo dígito, ', c(digit), ', indica que ', BASIC_SUBJECT[meaning], '.']
      : ['Su segundo dígito, ', c(digit), ', no existe en SMTP: va del 0 al 5.'],
  enhancedClassDigit: (digit, meaning) =>
    meaning
      ? ['Su clase, ', c(digit), ', indica ', ENHANCED_CLASS[meaning], '.']
      : ['Su clase, ', c(digit), ', no es ninguna de las clases 2, 4 y 5.'],
  enhancedSubjectDigit: (digit, meaning) =>
    meaning
      ? ['Su tema, ', c(digit), ', apunta a ', ENHANCED_SUBJECT[meaning], '.']
      : ['Su tema, ', c(digit), ', no es ninguno de los temas del 0 al 7.'],
};
