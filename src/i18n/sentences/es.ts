/** Frases en español (docs/style/es.md). */
import type { ClassDigit, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import { c, type Sentences } from './types.ts';

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

export const es: Sentences = {
  sentenceGap: ' ',
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
