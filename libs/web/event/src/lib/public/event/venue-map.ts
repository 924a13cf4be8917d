import type { EventVenue } from '@bina-pustaka/shared-contracts';

/** The venue on OpenStreetMap, only when the organiser gave its coordinates. */
export function openStreetMapUrl(venue: EventVenue | null): string | null {
  if (!venue || venue.latitude === null || venue.longitude === null) return null;
  const { latitude: lat, longitude: lon } = venue;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}
