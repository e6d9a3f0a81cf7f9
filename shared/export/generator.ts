/** How the exported files name the software that wrote them (ODT generator, PDF creator, HTML generator). */
export const GENERATOR = 'Minutier';
