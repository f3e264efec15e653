// The people of the journeys. Files run in name order on one database: 01 sets the instance up with Anne,
// later files rely on her and on Karim.
export const anne = { name: 'Anne Lefèvre', email: 'anne.lefevre@exemple.org', password: 'jardins-partages-2026' };
export const karim = { name: 'Karim Benali', email: 'karim.benali@exemple.org', password: 'velo-et-cafe-93' };
/** Karim once 02 has reset his password (a failed file restarts the worker, so nothing is mutated). */
export const karimAfterReset = { ...karim, password: 'un-nouveau-mot-de-passe' };
export const network = { name: 'Réseau des savoirs du Petit-Nanterre', town: 'Nanterre' };
