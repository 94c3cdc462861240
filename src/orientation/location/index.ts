/** Where the user lives and which France services sites are near. */
export { createCommuneIndex } from './communeIndex.js';
export { nearbyServices, nearestSites, siteWithId, sitesInCommune, DEFAULT_LIMIT } from './nearestSites.js';
export { travelMinutes } from './travelTime.js';
