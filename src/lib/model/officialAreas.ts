// Official areas (km²): one table for the geodata build, its tests and the computed checks.
import table from './official-areas.json';

const { $comment: _comment, ...areas } = table;

/** Region id (or "UA" for the whole country) → official area in km². */
export const OFFICIAL_AREA_KM2: Readonly<Record<string, number>> = areas;
