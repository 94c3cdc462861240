/** Where the user lives and which France services sites are near. */
export { createCommuneIndex, type CommuneIndex } from './communeIndex.js';
export { nearbyServices, nearestSites, DEFAULT_LIMIT, MOBILE_LIMIT } from './nearestSites.js';
export { haversineKm } from './geo.js';
export { travelMinutes, NEAR_MINUTES } from './travelTime.js';
