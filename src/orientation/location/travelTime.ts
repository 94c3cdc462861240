/**
 * Conservative car travel time from a straight-line distance, without a routing engine.
 *
 * - Road distance ≈ great-circle distance × 1.3: the detour index of road networks is usually
 *   1.2–1.4 (higher for short trips and around rivers and forests); 1.3 is the usual planning value.
 * - 50 km/h on average, door to door: in the rural Oise trips mix departmental roads (80–90 km/h)
 *   with village crossings (30–50 km/h), crossroads and traffic lights.
 * - Plus 5 minutes to leave, park and walk to the counter.
 * The result is rounded up to the minute, so "within 30 minutes" is never promised too easily
 * (30 minutes ≈ 16 km as the crow flies). Buses and roaming services are not at their base: see `mobile`.
 */
export const DETOUR_FACTOR = 1.3;
export const AVERAGE_SPEED_KMH = 50;
export const PARKING_MINUTES = 5;
export const NEAR_MINUTES = 30;

export function travelMinutes(greatCircleKm: number): number {
  const roadKm = greatCircleKm * DETOUR_FACTOR;
  return Math.ceil(PARKING_MINUTES + (roadKm / AVERAGE_SPEED_KMH) * 60);
}
