import { describe, expect, it } from 'vitest';
import { parseParticipantEntry } from './participantEntry';

describe('parseParticipantEntry', () => {
  it.each([
    ['Amicale du Nid, Hélène De Rugy', 'Amicale du Nid', ['Hélène De Rugy']],
    ['Association du foyer Jorbalan (AFJ), Magali Poirier', 'Association du foyer Jorbalan (AFJ)', ['Magali Poirier']],
    ['Amicale du Nid : Hélène De Rugy, Claire Quidet', 'Amicale du Nid', ['Hélène De Rugy', 'Claire Quidet']],
    ['Hors la Rue : Martina Andreeva et Guillaume Lardanchet.', 'Hors la Rue', ['Martina Andreeva', 'Guillaume Lardanchet']],
    ['Secours Catholique – Caritas France, Secrétariat du Collectif, Sarah Berthelot', 'Secours Catholique – Caritas France', ['Sarah Berthelot (Secrétariat du Collectif)']],
    ['Secours Catholique – Caritas France et coordination du Collectif, Geneviève Colas', 'Secours Catholique – Caritas France', ['Geneviève Colas (coordination du Collectif)']],
    ['Eric Panloup (MIPROF)', 'MIPROF', ['Eric Panloup']],
    ['Mme Moiron-Braud (MIPROF)', 'MIPROF', ['Mme Moiron-Braud']],
    ['Planète Enfants (Stéphanie Selle, Marc Dupont)', 'Planète Enfants', ['Stéphanie Selle', 'Marc Dupont']],
    ['Mme Colas, Secours Catholique', 'Secours Catholique', ['Mme Colas']],
    ['Comité Contre l’Esclavage Moderne (CCEM)', 'Comité Contre l’Esclavage Moderne (CCEM)', []],
    ['Les Champs de Booz', 'Les Champs de Booz', []],
    ['Amicale du Nid\tHélène De Rugy, Claire Quidet', 'Amicale du Nid', ['Hélène De Rugy', 'Claire Quidet']],
  ])('reads « %s »', (line, organisation, people) => {
    expect(parseParticipantEntry(line)).toEqual({ organisation, people });
  });
});
